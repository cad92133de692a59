import { useId, useState } from "react";
import { FIELD_LABELS } from "../../content/zh-CN/questions";
import { PROVINCES, citiesOf, findCity } from "../../policy/data/regions";
import { errorId } from "./field-error";

interface Props {
  /** The city code chosen, or "". */
  city: string;
  onCity: (code: string) => void;
  /** Province chosen; when the form owns it (hukou), it is controlled from outside. */
  province?: string;
  onProvince?: (code: string) => void;
  name: string;
  /** The answer the province is stored under, when the form owns it (error links point at it). */
  provinceName?: string;
  invalid: boolean;
  /** Cities picked with one tap above the lists (the person's hukou city and the city they live in). */
  shortcuts?: readonly { code: string; label: string }[];
  shortcutsLabel?: string;
}

/** Province → city, as two native selects (fast and familiar on cheap phones, readable by screen readers). */
export function RegionSelect({
  city,
  onCity,
  province,
  onProvince,
  name,
  provinceName,
  invalid,
  shortcuts = [],
  shortcutsLabel,
}: Props) {
  const ownId = useId();
  const provinceId = provinceName ? `field-${provinceName}` : `${ownId}-province`;
  const [ownProvince, setOwnProvince] = useState(() => (city ? (findCity(city)?.provinceCode ?? "") : ""));
  // A city chosen (from the lists or a shortcut) says its province; with none, the province picked last.
  const currentProvince = province ?? (findCity(city)?.provinceCode || ownProvince);
  const cities = currentProvince ? citiesOf(currentProvince) : [];
  const describedBy = invalid ? errorId(name) : undefined;
  const lists = (
    <div className="grid gap-3 sm:grid-cols-2">
      <div>
        <label htmlFor={provinceId} className="mb-1 block font-bold">
          {FIELD_LABELS.province}
        </label>
        <select
          id={provinceId}
          className="min-h-12 w-full rounded-lg border-2 border-gray-500 bg-white p-2"
          value={currentProvince}
          aria-describedby={describedBy}
          onChange={(e) => {
            setOwnProvince(e.target.value);
            onProvince?.(e.target.value);
            onCity("");
          }}
        >
          <option value="">请选择省份</option>
          {PROVINCES.map((p) => (
            <option key={p.code} value={p.code}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={`field-${name}`} className="mb-1 block font-bold">
          {FIELD_LABELS.city}
        </label>
        <select
          id={`field-${name}`}
          className="min-h-12 w-full rounded-lg border-2 border-gray-500 bg-white p-2 disabled:bg-gray-100"
          value={city}
          disabled={!currentProvince}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          onChange={(e) => onCity(e.target.value)}
        >
          <option value="">{currentProvince ? "请选择城市" : "先选省份"}</option>
          {cities.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
  if (shortcuts.length === 0) return lists;
  return (
    <div className="space-y-3">
      <div role="group" aria-label={shortcutsLabel} className="flex flex-wrap gap-2">
        {shortcuts.map((c) => (
          <button
            key={c.code}
            type="button"
            aria-pressed={c.code === city}
            className="min-h-12 rounded-lg border-2 border-blue-800 bg-white px-3 font-bold text-blue-900 aria-pressed:bg-blue-800 aria-pressed:text-white"
            onClick={() => onCity(c.code)}
          >
            {c.label}
          </button>
        ))}
      </div>
      {lists}
    </div>
  );
}
