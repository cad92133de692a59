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

describe("a value this version cannot read (L4)", () => {
  const link = encodeShare(rider, "2026-11-23");
  const riderWithoutSex = Object.fromEntries(Object.entries(rider).filter(([key]) => key !== "sex"));

  it.each(["sx=x", "sx=%3Cb%3E", "sx=__proto__", "sx=constructor", "sx="])(
    "in an optional key (%s) is reported as dropped, and the rest opens",
    (value) => {
      expect(link).toContain("sx=m");
      expect(decodeShare(link.replace("sx=m", value))).toEqual({
        status: "ok",
        answers: riderWithoutSex,
        asOf: "2026-11-23",
        dropped: ["sex"],
      });
    },
  );

  it("in ar (reached the retirement age: 1 or 0) too", () => {
    const r = decodeShare(`${link}&ar=yes`);
    expect(r).toMatchObject({ status: "ok", dropped: ["atRetirementAge"] });
  });

  it("in a key the person must answer makes the link broken, and is named among what was dropped", () => {
    const r = decodeShare(link.replace("w=p", "w=zz"));
    expect(r.status).toBe("invalid");
    if (r.status === "invalid") {
      expect(r.dropped).toEqual(["work"]);
      expect(r.recovered).toMatchObject({ city: "340100", sex: "male" });
    }
  });

  it("nothing is reported for a whole link, or for a key no version uses", () => {
    expect(decodeShare(link)).toEqual({ status: "ok", answers: rider, asOf: "2026-11-23" });
    expect(decodeShare(`${link}&utm_source=chat`)).toEqual({
      status: "ok",
      answers: rider,
      asOf: "2026-11-23",
    });
  });
});

describe("impossible ages are refused whichever way the link gives them (L5)", () => {
  const base = "v=1&c=340100&hc=371300&rp=y&w=e&lw=n&ca=n";
  it.each([
    ["an age over 120", `${base}&d=20261123&a=121`, "age"],
    ["a birth more than 120 years before the date of the advice", `${base}&d=20940427&b=190108`, "birth"],
    ["a birth after the date of the advice", `${base}&d=19000101&b=209912`, "birth"],
    ["a birth in the month after the advice", `${base}&d=20261130&b=202612`, "birth"],
  ])("%s: a broken link, with the other answers to continue with", (_name, link, field) => {
    const r = decodeShare(link);
    expect(r.status).toBe("invalid");
    if (r.status === "invalid") {
      expect(r.dropped).toEqual([field]);
      expect(r.recovered).not.toHaveProperty(field);
      expect(r.recovered).toMatchObject({ city: "340100", hukouCity: "371300", work: "employee" });
    }
  });

  it.each([
    ["born in the month of the advice", `${base}&d=20261130&b=202611`],
    ["120 years old", `${base}&d=20261130&b=190611`],
    ["120 given as an age", `${base}&d=20261130&a=120`],
  ])("%s opens", (_name, link) => {
    expect(decodeShare(link).status).toBe("ok");
  });
});

describe("the person's own figures (f=, added to version 1)", () => {
  const withFigures = {
    ...rider,
    figures: {
      medicalBase: 4500,
      medicalRate: 8.5,
      pensionTier: 1 as const,
      pensionBase: 8000,
      accountBalance: 20000,
    },
  };

  it("round-trip, the 档次 written in per cent", () => {
    const fragment = encodeShare(withFigures, "2026-11-30");
    expect(fragment).toContain("&f=mb4500,mr8.5,pt100,pb8000,ab20000");
    expect(decodeShare(fragment)).toEqual({ status: "ok", answers: withFigures, asOf: "2026-11-30" });
  });

  it("a link without them has none, and a link written before them reads the same", () => {
    expect(encodeShare(rider, "2026-11-30")).not.toContain("f=");
    expect(decodeShare(encodeShare(rider, "2026-11-30"))).toMatchObject({ status: "ok", answers: rider });
  });

  it.each(["mb4500,zz1", "mb-1", "pt70", "mb4500,mb4600", "mr99", ""])(
    "figures that cannot be read (f=%s) are reported as dropped; the rest opens",
    (f) => {
      const r = decodeShare(`${encodeShare(rider, "2026-11-30")}&f=${f}`);
      expect(r).toMatchObject({ status: "ok", answers: rider, dropped: ["figures"] });
    },
  );
});
