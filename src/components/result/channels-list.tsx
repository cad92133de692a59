import { CHANNEL_NAMES } from "../../content/zh-CN/labels";
import type { Channel } from "../../policy/rules/channels";
import { CiteMarks } from "./conclusion-view";

const nameOf = (c: Channel) => {
  const text = CHANNEL_NAMES[c.code];
  return typeof text?.name === "function" ? text.name(c.params ?? {}) : (text?.name ?? c.code);
};

/** The local apps and mini programs of a place side by side: one card, their names joined. */
function joinLocalApps(channels: readonly Channel[]): { names: string[]; channel: Channel }[] {
  const out: { names: string[]; channel: Channel }[] = [];
  for (const c of channels) {
    const apps = c.code === "local_app" ? out.find((o) => o.channel.code === "local_app") : undefined;
    if (apps) {
      apps.names.push(nameOf(c));
      apps.channel = { ...apps.channel, cites: [...apps.channel.cites, ...c.cites] };
    } else out.push({ names: [nameOf(c)], channel: c });
  }
  return out;
}

export function ChannelsList({ channels }: { channels: readonly Channel[] }) {
  return (
    <ul className="space-y-2">
      {joinLocalApps(channels).map(({ names, channel: c }, i) => (
        <li key={`${c.code}-${i}`} className="rounded border border-gray-400 p-3">
          <span className="font-bold">{names.join("、")}</span>
          <CiteMarks cites={c.cites} />
          <span className="block text-base text-gray-800">
            {CHANNEL_NAMES[c.code]?.detail(c.params ?? {})}
          </span>
        </li>
      ))}
    </ul>
  );
}
