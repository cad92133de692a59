import { useDeviceState } from "../state/hydration";
import { isLargeText, setLargeText } from "../lib/text-size";
import { UI } from "../content/zh-CN/ui";

/** The large-text switch in the header: remembered on this device, applied to the whole page at once. */
export function TextSizeSwitch() {
  // The prerendered page shows it off; public/large-text.js has set the class, read after hydration.
  const [on, setOn] = useDeviceState(isLargeText, false);
  return (
    <button
      type="button"
      role="switch"
      aria-checked={on}
      className="inline-flex min-h-11 min-w-11 shrink-0 items-center gap-2 rounded-lg border-2 border-blue-800 bg-white px-3 font-bold text-blue-900 aria-checked:bg-blue-800 aria-checked:text-white"
      onClick={() => {
        setLargeText(!on);
        setOn(!on);
      }}
    >
      {UI.largeText}
      <span aria-hidden="true" className="text-base font-normal">
        {on ? UI.switchOn : UI.switchOff}
      </span>
    </button>
  );
}
