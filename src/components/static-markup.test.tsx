import {
  Component,
  createContext,
  forwardRef,
  Fragment,
  lazy,
  memo,
  StrictMode,
  Suspense,
  useContext,
  useId,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { renderStaticMarkup, UnsupportedMarkup } from "./static-markup";

const Theme = createContext("light");

function Counter({ start }: { start: number }) {
  const [n] = useState(() => start * 2);
  const ref = useRef<HTMLButtonElement>(null);
  const id = useId();
  const label = useMemo(() => `共 ${n} 项`, [n]);
  return (
    <button
      ref={ref}
      type="button"
      aria-expanded={false}
      aria-controls={n > 100 ? id : undefined}
      onClick={() => 0}
    >
      {label}
    </button>
  );
}

function Themed() {
  return <span data-theme={useContext(Theme)}>主题</span>;
}

const store = { subscribe: () => () => undefined, get: () => "已载入" };
function FromStore() {
  const v = useSyncExternalStore(store.subscribe, store.get, store.get);
  return <em>{v}</em>;
}

const Memo = memo(function Memo({ text }: { text: string }) {
  return <b>{text}</b>;
});
const Forwarded = forwardRef<HTMLParagraphElement, { text: string }>(function Forwarded({ text }, ref) {
  return (
    <p ref={ref} className="x">
      {text}
    </p>
  );
});

/** Trees the result's first screen is made of, each compared with react-dom/server. */
const CATALOGUE: Record<string, ReactNode> = {
  text: "a < b & \"c\" 'd' > e",
  numbers: [1, 2.5, 0, -3],
  nothing: [null, undefined, false, true, ""],
  "class, ids and aria": (
    <section aria-labelledby="t-title" className="space-y-3 p-2" id="t">
      <h2 id="t-title" className="font-bold">
        标题
      </h2>
    </section>
  ),
  "booleans in aria and data": (
    <div data-open={false} aria-busy={true} aria-hidden="true" data-n={3}>
      x
    </div>
  ),
  "boolean attributes": (
    <div hidden>
      <button type="button" disabled={false}>
        a
      </button>
      <button type="button" disabled>
        b
      </button>
    </div>
  ),
  "tab index and label for": (
    <h1 tabIndex={-1}>
      <label htmlFor="f">名字</label>
    </h1>
  ),
  "void elements": (
    <p>
      一<br />二<img alt="码" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" className="w-4" />
    </p>
  ),
  "adjacent texts and numbers": (
    <li>
      第{3}步：{"带上"}
      {"身份证"}
    </li>
  ),
  "arrays with keys and fragments": (
    <ol>
      {["甲", "乙"].map((s) => (
        <Fragment key={s}>
          <li>{s}</li>
          {s}
        </Fragment>
      ))}
    </ol>
  ),
  "inner html": <div dangerouslySetInnerHTML={{ __html: "<p>正在打开……</p>" }} suppressHydrationWarning />,
  "components with hooks": (
    <div>
      <Counter start={2} />
      <Counter start={60} />
    </div>
  ),
  "context, provider and consumer": (
    <>
      <Themed />
      <Theme value="dark">
        <Themed />
        <Theme.Provider value="blue">
          <Themed />
          <Theme.Consumer>{(v) => <i>{v}</i>}</Theme.Consumer>
        </Theme.Provider>
        <Themed />
      </Theme>
    </>
  ),
  "memo, forwardRef, StrictMode, Suspense": (
    <StrictMode>
      <Suspense fallback={<p>等</p>}>
        <Memo text="备" />
        <Forwarded text="忘" />
        <FromStore />
      </Suspense>
    </StrictMode>
  ),
};

/** useId's values are React's own business (they differ between server and browser too): compared as "ID". */
const ids = (html: string) => html.replace(/«s\w+»|_R_\w+_/g, "ID");

describe("renderStaticMarkup", () => {
  for (const [name, tree] of Object.entries(CATALOGUE)) {
    it(`gives react-dom/server's markup: ${name}`, () => {
      expect(ids(renderStaticMarkup(tree))).toBe(ids(renderToStaticMarkup(<>{tree}</>)));
    });
  }

  it("refuses what it does not know, so that the caller keeps its placeholder", () => {
    class Old extends Component {
      override render() {
        return <p>old</p>;
      }
    }
    const Lazy = lazy(() => Promise.resolve({ default: () => <p>lazy</p> }));
    expect(() => renderStaticMarkup(<Old />)).toThrow(UnsupportedMarkup);
    expect(() => renderStaticMarkup(<Lazy />)).toThrow(UnsupportedMarkup);
    expect(() => renderStaticMarkup(<p style={{ color: "red" }}>x</p>)).toThrow(UnsupportedMarkup);
    expect(() => renderStaticMarkup(<svg strokeWidth={2} />)).toThrow(UnsupportedMarkup);
    expect(() => renderStaticMarkup(<input defaultValue="1" />)).toThrow(UnsupportedMarkup);
  });

  it("gives React its dispatcher back, also after a failure", () => {
    function Broken(): ReactNode {
      useState(0);
      throw new Error("broken");
    }
    expect(() => renderStaticMarkup(<Broken />)).toThrow("broken");
    // Outside a render, a hook is an error again, as React makes it.
    expect(() => useState(0)).toThrow();
    expect(renderToStaticMarkup(<Counter start={1} />)).toBe(renderStaticMarkup(<Counter start={1} />));
  });
});
