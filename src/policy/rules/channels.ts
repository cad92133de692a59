import { LOCAL_POLICIES } from "../data/local";
import { findCity } from "../data/regions";
import type { Citation } from "../types";
import type { MedicalOptionCode } from "./medical-options";
import type { Profile } from "./profile";
import type { TransferAdvice } from "./transfer";

export type ChannelCode =
  "employer_hr" | "office" | "national_app" | "si_platform" | "local_app" | "hotline_12393" | "hotline_12333";

/** Where to go: one channel, for what, with the sources that name it. */
export interface Channel {
  code: ChannelCode;
  params?: { city?: string; for?: "pension" | "filing" | "transfer" | "pension_transfer"; name?: string };
  cites: readonly Citation[];
}

const HOTLINE_12393: Channel = { code: "hotline_12393", cites: [{ source: "hotline-12393" }] };

/** Where to go for the recommended path: the HR office, the local office, the apps, the hotline. */
export function medicalChannels(
  p: Profile,
  code: MedicalOptionCode | "keep_current",
  transfer?: TransferAdvice,
): Channel[] {
  const list: Channel[] = [];
  if (code === "staff_employer") {
    list.push({
      code: "employer_hr",
      cites: [{ source: "nhsa-2025-workers-rights", clause: "应随单位参加职工医保" }],
    });
  }
  // Staying in the enrolment one has (a retiree in 职工医保): its office is where the insurance is.
  const insured = p.ongoing.at(-1)?.city;
  const place =
    code === "resident_hukou"
      ? p.hukouCity
      : code === "keep_current" && insured
        ? (findCity(insured) ?? p.city)
        : p.city;
  list.push({
    code: "office",
    params: { city: place.short },
    cites: [
      { source: "explainer-2025-nonlocal", clause: "现场办理" },
      { source: "ybbf-2021-43", clause: "经办机构窗口" },
    ],
  });
  const apps = [
    ...(LOCAL_POLICIES.get(p.city.code)?.channels ?? []),
    ...(LOCAL_POLICIES.get(p.city.provinceCode)?.channels ?? []),
  ].filter(
    (c) =>
      (code === "staff_flexible" || code === "resident_local" ? c.for.includes("enrol") : false) ||
      (transfer && c.for.includes("transfer")),
  );
  for (const app of apps) list.push({ code: "local_app", params: { name: app.name }, cites: [app.cite] });
  if (transfer && transfer.kind !== "not_needed" && transfer.kind !== "automatic") {
    list.push({
      code: "national_app",
      params: { for: "transfer" },
      cites: [{ source: "ybbf-2021-43", clause: "线上申请" }],
    });
  }
  list.push(HOTLINE_12393);
  return list;
}
