import { useNavigate } from "react-router";
import { paths } from "../interview/paths";
import { PageHeading } from "../components/page-heading";
import { SOURCES } from "../policy/data/sources/registry";
import { GLOSSARY } from "../content/zh-CN/glossary";
import { UI } from "../content/zh-CN/ui";

/** Every glossary word with its plain-words explanation and sources; printable as it is. */
export function GlossaryPage() {
  const navigate = useNavigate();
  return (
    <div className="space-y-5">
      <PageHeading focusKey="glossary">{UI.glossary}</PageHeading>
      <p>{UI.glossaryIntro}</p>
      <dl className="space-y-4">
        {GLOSSARY.map((e) => (
          <div key={e.id} id={`term-${e.id}`} className="card space-y-1">
            <dt className="text-lg font-bold">{e.term}</dt>
            <dd>{e.definition}</dd>
            <dd className="text-base text-gray-700">
              {UI.glossaryBasis}：
              {e.sources.map((id) => SOURCES.get(id)?.docNo ?? SOURCES.get(id)?.title ?? id).join("；")}
            </dd>
          </div>
        ))}
      </dl>
      <button
        type="button"
        className="btn-secondary print:hidden"
        onClick={() => {
          // Back to where the reader came from; opened directly (no history here), go to the start.
          const idx = (window.history.state as { idx?: number } | null)?.idx ?? 0;
          void (idx > 0 ? navigate(-1) : navigate(paths.start()));
        }}
      >
        {UI.glossaryBack}
      </button>
    </div>
  );
}
