import { describe, expect, it } from "vitest";
import { answersFor } from "../policy/testing";
import { decodeShare, encodeShare } from "./share-codec";

const rider = answersFor({
  city: "合肥",
  hukouProvince: "山东",
  hukouCity: "临沂",
  residencePermit: "yes",
  work: "platform",
  birth: "2000-05",
  sex: "male",
});
const mover = answersFor({
  city: "合肥",
  hukouProvince: "江苏",
  hukouCity: "南京",
  residencePermit: "yes",
  work: "employee",
  birth: "1992-03",
  medical: [
    { scheme: "resident", city: "周口", from: "2010-01-01", to: "2016-12-31" },
    { scheme: "staff", city: "南京", from: "2017-07-01", to: "2026-05-31" },
  ],
  plannedStart: "2026-06-20",
  pension: [
    { scheme: "staff", province: "浙江", years: 11 },
    { scheme: "staff", province: "广东", years: 6.5, temporary: true },
  ],
  careAway: "temporary",
});

describe("share link codec", () => {
  it.each([
    ["a rider", rider],
    ["a mover with two histories", mover],
  ])("round-trips %s with the date of the advice", (_n, answers) => {
    const fragment = encodeShare(answers, "2026-11-22");
    expect(decodeShare(`#${fragment}`)).toEqual({ status: "ok", answers, asOf: "2026-11-22" });
  });

  it("is short: a typical link fragment stays well under 300 characters", () => {
    expect(encodeShare(rider, "2026-11-22").length).toBeLessThan(120);
    expect(encodeShare(mover, "2026-11-22").length).toBeLessThan(300);
  });

  it("carries a schema version", () => {
    expect(encodeShare(rider, "2026-11-22")).toMatch(/^v=1&/);
  });

  it("reads a link a chat app percent-encoded", () => {
    const fragment = encodeURIComponent(encodeShare(rider, "2026-11-22"));
    expect(decodeShare(fragment).status).toBe("ok");
  });

  it("says when a link comes from a newer version", () => {
    expect(decodeShare("#v=2&c=340100")).toEqual({ status: "newer", version: 2 });
  });

  it("an empty fragment is no link at all", () => {
    expect(decodeShare("").status).toBe("empty");
    expect(decodeShare("#").status).toBe("empty");
  });

  it("a truncated link yields what could be read", () => {
    const fragment = encodeShare(mover, "2026-11-22");
    const cut = decodeShare(fragment.slice(0, fragment.indexOf("&w=")));
    expect(cut.status).toBe("invalid");
    if (cut.status === "invalid") {
      expect(cut.recovered).toMatchObject({ city: "340100", hukouCity: "320100", residencePermit: "yes" });
      expect(cut.recovered.work).toBeUndefined();
    }
  });

  it.each([
    ["an unknown city", (f: string) => f.replace("c=340100", "c=999999"), "city"],
    ["an impossible date", (f: string) => f.replace("ps=20260620", "ps=20260231"), "plannedStart"],
    ["a negative age", () => "v=1&d=20261122&c=340100&hc=370100&rp=y&w=p&a=-1&lw=n&ca=n", "age"],
    ["an unknown work type", (f: string) => f.replace("w=e", "w=x"), "work"],
  ])("drops %s and keeps the rest", (_n, tamper, field) => {
    const r = decodeShare(tamper(encodeShare(mover, "2026-11-22")));
    expect(r.status).toBe("invalid");
    if (r.status === "invalid") {
      expect(r.recovered).not.toHaveProperty(field);
      expect(Object.keys(r.recovered).length).toBeGreaterThan(3);
    }
  });

  it("ignores __proto__ and script in values", () => {
    const r = decodeShare("v=1&__proto__=x&c=<script>alert(1)</script>&constructor=1");
    expect(r.status).toBe("invalid");
    expect(Object.getPrototypeOf(r)).toBe(Object.prototype);
    if (r.status === "invalid") {
      expect(r.recovered).not.toHaveProperty("city");
      expect(Object.keys(r.recovered).sort()).toEqual(["medical", "pension"]);
    }
  });

  it("refuses a 50 KB fragment without parsing it", () => {
    expect(decodeShare("v=1&" + "m=".repeat(25_000)).status).toBe("invalid");
  });
});
