import * as React from "react";
import type { ReactNode } from "react";

/**
 * The HTML of a React tree's first render, without react-dom: what `renderToStaticMarkup` gives, in about
 * 2 KB instead of react-dom/server's 30 KB gzip. A shared result's first screen is drawn with it before
 * React itself has arrived (src/first-screen.tsx, docs/performance.md); React then renders the same
 * components in its place.
 *
 * Components run as in a browser's first render: state is its initial value, effects never run, an
 * external store gives its current snapshot. The hooks reach this renderer the way they reach react-dom,
 * through the dispatcher React keeps in its internals object — React 19.3 is pinned (package.json), and
 * static-markup.test.tsx compares the output with react-dom/server's, on a catalogue and on real result
 * pages, so an upgrade that changes this fails there. Anything this renderer does not know (class
 * components, lazy, a suspending child, inline styles, a camel-case attribute it has no name for) throws
 * UnsupportedMarkup: the caller then keeps its placeholder and lets React draw.
 */
export class UnsupportedMarkup extends Error {}

const ELEMENT = Symbol.for("react.transitional.element");
const FRAGMENT = Symbol.for("react.fragment");
const PASS_THROUGH = new Set([
  FRAGMENT,
  Symbol.for("react.strict_mode"),
  Symbol.for("react.profiler"),
  Symbol.for("react.suspense"),
  Symbol.for("react.activity"),
]);
const CONTEXT = Symbol.for("react.context");
const CONSUMER = Symbol.for("react.consumer");
const MEMO = Symbol.for("react.memo");
const FORWARD_REF = Symbol.for("react.forward_ref");

interface Context {
  $$typeof: symbol;
  _currentValue: unknown;
}
interface Element {
  $$typeof: symbol;
  type: unknown;
  props: Record<string, unknown>;
}

const VOID = new Set(
  "area base br col embed hr img input keygen link meta param source track wbr".split(" "),
);
const BOOLEAN = new Set(
  "allowfullscreen async autoplay controls default defer disabled formnovalidate hidden inert loop nomodule novalidate open playsinline readonly required reversed itemscope".split(
    " ",
  ),
);
/** React's names for the attributes the app writes in camel case. */
const ATTRIBUTE_NAMES: Record<string, string> = {
  className: "class",
  htmlFor: "for",
  tabIndex: "tabindex",
  readOnly: "readonly",
  autoComplete: "autocomplete",
  inputMode: "inputmode",
  enterKeyHint: "enterkeyhint",
  maxLength: "maxlength",
  minLength: "minlength",
  viewBox: "viewBox",
  colSpan: "colspan",
  rowSpan: "rowspan",
};
const NOT_ATTRIBUTES = new Set([
  "children",
  "key",
  "ref",
  "dangerouslySetInnerHTML",
  "suppressHydrationWarning",
  "suppressContentEditableWarning",
]);

const ESCAPES: Record<string, string> = {
  '"': "&quot;",
  "&": "&amp;",
  "'": "&#x27;",
  "<": "&lt;",
  ">": "&gt;",
};
export const escapeHtml = (text: string) => text.replace(/["&'<>]/g, (c) => ESCAPES[c] ?? c);

function attribute(name: string, value: unknown): string {
  if (NOT_ATTRIBUTES.has(name) || value == null) return "";
  if (typeof value === "function" || typeof value === "symbol") return "";
  if (name === "style") throw new UnsupportedMarkup("inline style");
  if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean")
    throw new UnsupportedMarkup(`attribute ${name} holds neither text, a number nor a boolean`);
  const text = String(value);
  if (name.startsWith("aria-") || name.startsWith("data-")) return ` ${name}="${escapeHtml(text)}"`;
  if (/^on[A-Z]/.test(name)) return "";
  if (/[A-Z]/.test(name) && !(name in ATTRIBUTE_NAMES)) throw new UnsupportedMarkup(`attribute ${name}`);
  const html = ATTRIBUTE_NAMES[name] ?? name;
  if (BOOLEAN.has(html)) return value === true ? ` ${html}=""` : "";
  if (typeof value === "boolean") return "";
  return ` ${html}="${escapeHtml(text)}"`;
}

/** The render's own dispatcher: a browser's first render, with nothing ever updated. */
function dispatcher(contexts: Map<Context, unknown[]>) {
  let ids = 0;
  const read = (context: Context) => {
    const stack = contexts.get(context);
    return stack && stack.length > 0 ? stack[stack.length - 1] : context._currentValue;
  };
  const noop = () => undefined;
  return {
    readContext: read,
    useContext: read,
    use(usable: unknown) {
      if ((usable as Context | null)?.$$typeof === CONTEXT) return read(usable as Context);
      throw new UnsupportedMarkup("use() of a promise");
    },
    useState: (initial: unknown) => [
      typeof initial === "function" ? (initial as () => unknown)() : initial,
      noop,
    ],
    useReducer: (_r: unknown, arg: unknown, init?: (a: unknown) => unknown) => [init ? init(arg) : arg, noop],
    useRef: (current: unknown) => ({ current }),
    useEffect: noop,
    useLayoutEffect: noop,
    useInsertionEffect: noop,
    useImperativeHandle: noop,
    useDebugValue: noop,
    useMemo: (create: () => unknown) => create(),
    useCallback: (callback: unknown) => callback,
    useId: () => `«s${(ids++).toString(32)}»`,
    useSyncExternalStore: (_subscribe: unknown, getSnapshot: () => unknown) => getSnapshot(),
    useTransition: () => [false, (f: () => void) => f()],
    useDeferredValue: (value: unknown) => value,
    useOptimistic: (value: unknown) => [value, noop],
    useActionState: (_action: unknown, state: unknown) => [state, noop, false],
    useEffectEvent: (callback: unknown) => callback,
  };
}

interface Internals {
  H: unknown;
}
const internals = (React as unknown as Record<string, Internals | undefined>)
  .__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE;

/** The HTML of `node`'s first render (see the top of this file). */
export function renderStaticMarkup(node: ReactNode): string {
  if (!internals) throw new UnsupportedMarkup("React's internals are not where React 19.3 keeps them");
  const contexts = new Map<Context, unknown[]>();
  const previous = internals.H;
  internals.H = dispatcher(contexts);
  try {
    return render(node, contexts);
  } finally {
    internals.H = previous;
  }
}

function render(node: unknown, contexts: Map<Context, unknown[]>): string {
  if (node == null || typeof node === "boolean") return "";
  if (typeof node === "string") return escapeHtml(node);
  if (typeof node === "number" || typeof node === "bigint") return escapeHtml(String(node));
  if (Array.isArray(node)) return node.map((n) => render(n, contexts)).join("");
  const el = node as Element;
  if (el.$$typeof !== ELEMENT) throw new UnsupportedMarkup("not an element");
  const { type, props } = el;
  if (typeof type === "string") return host(type, props, contexts);
  if (typeof type === "function") {
    if ((type as { prototype?: { isReactComponent?: unknown } }).prototype?.isReactComponent)
      throw new UnsupportedMarkup("class component");
    return render((type as (p: unknown) => unknown)(props), contexts);
  }
  if (PASS_THROUGH.has(type as symbol)) return render(props.children, contexts);
  const kind = (type as { $$typeof?: symbol } | null)?.$$typeof;
  if (kind === CONTEXT) {
    const context = type as Context;
    const stack = contexts.get(context) ?? [];
    contexts.set(context, stack);
    stack.push(props.value);
    try {
      return render(props.children, contexts);
    } finally {
      stack.pop();
    }
  }
  if (kind === CONSUMER) {
    const context = (type as { _context: Context })._context;
    const stack = contexts.get(context);
    const value = stack && stack.length > 0 ? stack[stack.length - 1] : context._currentValue;
    return render((props.children as (v: unknown) => unknown)(value), contexts);
  }
  if (kind === MEMO) {
    const inner = (type as { type: unknown }).type;
    return render({ $$typeof: ELEMENT, type: inner, props }, contexts);
  }
  if (kind === FORWARD_REF) {
    const fn = (type as { render: (p: unknown, r: unknown) => unknown }).render;
    return render(fn(props, props.ref ?? null), contexts);
  }
  throw new UnsupportedMarkup("unknown element type");
}

function host(tag: string, props: Record<string, unknown>, contexts: Map<Context, unknown[]>): string {
  if (tag === "textarea" || tag === "select" || tag === "option" || tag === "input")
    throw new UnsupportedMarkup(`form field <${tag}>`);
  let attributes = "";
  for (const [name, value] of Object.entries(props)) attributes += attribute(name, value);
  if (VOID.has(tag)) return `<${tag}${attributes}/>`;
  const inner = props.dangerouslySetInnerHTML as { __html?: string } | undefined;
  const content = inner?.__html ?? render(props.children, contexts);
  return `<${tag}${attributes}>${content}</${tag}>`;
}
