import { monthIndex } from "../../../lib/dates";
import { inForce } from "../../dated";
import { LUMP_SUM_PAYMENT } from "../../data/national/lump-sum-payment";
import { MINIMUM_YEARS_IN_FORCE_FROM } from "../../data/national/minimum-years";
import { HENAN_BACKPAY_EXAMPLE, LUMP_SUM_TRANSFER_PROOF } from "../../data/national/pension-backpay";
import type { Citation } from "../../types";
import { minimumYearsFor } from "../pension/minimum-years";
import { money, type MoneyConclusion } from "./conclusions";

export interface PensionGapsInput {
  asOf: string;
  /** How the unpaid months were meant to be paid: by an employer, or by the person as 灵活就业. Absent: both. */
  paidAs?: "employer" | "flexible";
  /** The month the person first joined 职工养老 (YYYY-MM), if known: decides 13号令 第二条's 一次性缴费. */
  firstEnrolled?: string;
  /** The month the statutory retirement age is reached (YYYY-MM), for the minimum years. */
  reachMonth?: string;
}

/** What the national rules say about stopping, paying back, cashing out, and too few years at retirement. */
export interface PensionGaps {
  stop: MoneyConclusion[];
  payBack: MoneyConclusion[];
  cashOut: MoneyConclusion[];
  shortAtRetirement: MoneyConclusion[];
}

const LAW = (clause: string): Citation => ({ source: "social-insurance-law", clause });
const GBF66_3: Citation = { source: "gbf-2009-66", clause: "第三条" };
const ART6: Citation = { source: "rsbl-2011-13-art6", clause: "第六条" };

/**
 * 断缴, 补缴, 退保 for 职工养老 (facts.md Addendum C §3, §4). Undefined before 人社部令第13号 took effect.
 * Not coded: the 城乡居民 pension's own back-payment rules (§3.4: local cohort dates), late fees.
 */
export function pensionGaps(input: PensionGapsInput): PensionGaps | undefined {
  const lump = inForce(LUMP_SUM_PAYMENT, input.asOf);
  if (!lump) return undefined;

  // 66号 第三条: "参保缴费年限合并计算，个人账户储存额（含本息）累计计算"; 法 第十四条: "个人账户不得提前支取".
  const stop = [money("money.gap_years_add_up", {}, [GBF66_3, LAW("第十四条")])];

  // 河南 2020 (citing 人社部发〔2016〕132号), the example found; no national text was read.
  const payBack: MoneyConclusion[] = [];
  const henan = [HENAN_BACKPAY_EXAMPLE.cite, HENAN_BACKPAY_EXAMPLE.nationalCited];
  if (input.paidAs !== "employer") {
    // "无雇工个体工商户和灵活就业人员不得事后追补缴费。"
    payBack.push(money("money.backpay_flexible_not_allowed", {}, henan));
  }
  if (input.paidAs !== "flexible") {
    // "在单位就业期间应缴费但未缴费的，允许补缴劳动关系存续时段的养老保险费，补缴起始时间不早于1995年1月1日。"
    payBack.push(
      money("money.backpay_employer_gap", { earliest: HENAN_BACKPAY_EXAMPLE.employerGapEarliest }, henan),
      money("money.backpay_lump_sum_transfer_proof", { years: LUMP_SUM_TRANSFER_PROOF.years }, [
        LUMP_SUM_TRANSFER_PROOF.cite,
      ]),
    );
  }
  // "超过法定退休年龄且无参保缴费记录人员不得通过一次性补缴的方式纳入企业职工基本养老保险。"
  payBack.push(money("money.backpay_past_age_no_record", {}, henan));
  payBack.push(money("money.backpay_national_not_found", {}, [HENAN_BACKPAY_EXAMPLE.nationalCited]));

  const cashOut = [
    // 66号 第三条: "未达到待遇领取年龄前，不得终止基本养老保险关系并办理退保手续".
    money("money.no_cash_out_before_age", {}, [GBF66_3, LAW("第十四条")]),
    // 13号令 第六条: "个人在达到法定的领取基本养老金条件前离境定居的，其个人账户予以保留".
    money("money.settle_abroad_keeps_account", {}, [ART6]),
    // "其中，丧失中华人民共和国国籍的，可以…书面申请终止…并将个人账户储存额一次性支付给本人。"
    money("money.cash_out_loss_of_nationality", {}, [ART6]),
    // 法 第十四条: "个人死亡的，个人账户余额可以继承"; 第六条: "余额可以全部依法继承".
    money("money.account_inherited", {}, [LAW("第十四条"), ART6]),
  ];

  // At the statutory age with fewer than the minimum years (法 第十六条; 13号令 第二条, 第三条; 2024 办法 第二条).
  const min = input.reachMonth ? minimumYearsFor(`${input.reachMonth}-01`, input.asOf) : undefined;
  const minCite = min?.cite ?? LAW("第十六条");
  const enrolledBefore = input.firstEnrolled
    ? monthIndex(input.firstEnrolled) < monthIndex(lump.value.enrolledBefore)
    : undefined;
  const shortAtRetirement: MoneyConclusion[] = [
    money("money.short_keep_paying", min ? { min: min.years } : {}, [
      LAW("第十六条"),
      { source: "rsbl-2011-13", clause: "第二条" },
      minCite,
    ]),
    money(
      "money.short_lump_sum",
      {
        before: lump.value.enrolledBefore,
        extension: lump.value.afterExtensionYears,
        status: enrolledBefore === undefined ? "unknown" : enrolledBefore ? "may_qualify" : "not_eligible",
      },
      [lump.cite],
    ),
  ];
  if (input.asOf >= MINIMUM_YEARS_IN_FORCE_FROM) {
    // 2024 办法 第二条: "可以按照规定通过延长缴费或者一次性缴费的办法达到最低缴费年限" — the rules it refers to
    // were not found.
    shortAtRetirement.push(
      money("money.short_lump_sum_after_reform_unconfirmed", {}, [
        { source: "npcsc-2024-retirement", clause: "第二条" },
      ]),
    );
  }
  shortAtRetirement.push(
    // 法 第十六条: "也可以转入新型农村社会养老保险或者城镇居民社会养老保险"; 13号令 第三条; 人社部发〔2014〕17号.
    money("money.short_linkage", {}, [
      LAW("第十六条"),
      { source: "rsbl-2011-13", clause: "第三条" },
      { source: "rsbf-2014-17", clause: "第三条" },
    ]),
    // 13号令 第三条: "未转入…的，个人可以书面申请终止职工基本养老保险关系…将个人账户储存额一次性支付给本人".
    money("money.short_terminate", {}, [{ source: "rsbl-2011-13", clause: "第三条" }]),
  );
  return { stop, payBack, cashOut, shortAtRetirement };
}
