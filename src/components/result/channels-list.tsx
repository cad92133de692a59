import { CHANNEL_NAMES } from "../../content/zh-CN/labels";
import type { Channel } from "../../policy/rules/channels";
import { CiteMarks } from "./conclusion-view";

export function ChannelsList({ channels }: { channels: readonly Channel[] }) {
  return (
    <ul className="space-y-2">
      {channels.map((c, i) => {
        const text = CHANNEL_NAMES[c.code];
        return (
          <li key={`${c.code}-${i}`} className="rounded border border-gray-400 p-3">
            <span className="font-bold">
              {typeof text?.name === "function" ? text.name(c.params ?? {}) : (text?.name ?? c.code)}
            </span>
            <CiteMarks cites={c.cites} />
            <span className="block text-base text-gray-800">{text?.detail(c.params ?? {})}</span>
          </li>
        );
      })}
    </ul>
  );
}
