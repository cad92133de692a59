/** Texts for work-injury cover (rules/injury.ts) and care away from the insured place (rules/treatment.ts). */
import type { Code } from "../../../policy/codes";
import type { TextsFor } from "../../types";
import { date, list } from "./format";

type CareCodes = Extract<
  Code,
  `injury.${string}` | `istep.${string}` | `treatment.${string}` | "changed.direct_settlement_scope"
>;

export const CARE_TEXTS: TextsFor<CareCodes> = {
  "injury.employer": "工伤保险由单位给职工办，不是自己去买。上班前问清单位有没有给你交。",
  "injury.not_bought_by_yourself":
    "工伤保险不是个人单独买的。网上说“农民工可以自己买工伤保险”，是把文件看错了。",
  "istep.ask_employer": "问单位的人事：有没有给你交工伤保险。",
  "injury.by_project": "建筑工地的工伤保险按项目办，由施工企业给整个项目的工人参保，不用你自己买。",
  "istep.ask_contractor": "开工前问施工单位（总包）：这个项目交了工伤保险没有。规定是先参保、再开工。",
  "injury.platform_scheme": (p) =>
    `${p.province}在做骑手、司机的职业伤害保障试点（${date(p.since)}起）：在试点平台接单时受了伤，有保障。钱由平台交，你不用交。全国的试点平台有：${list(p.platforms)}；你所在省份具体有哪些平台参加，问平台客服。`,
  "injury.platform_pays": "平台按单交钱，每一单都保，不用签劳动合同。",
  "istep.claim_in_platform_app": "接单时受了伤，在平台App里报案。",
  "istep.other_platform_ask": "你用的平台如果不在上面这些里面，问平台客服或打12333。",
  "injury.platform_not_in_pilot": (p) =>
    `没有查到${p.province}已经在做骑手、司机的职业伤害保障试点，不能确定你有这个保障。` +
    (p.planYear ? `国家计划${p.planYear}年扩大到全国，但${p.province}是否已经开始，还没有核实。` : ""),
  "istep.ask_platform": "问平台客服：接单时受了伤，有没有保障，怎么报。",
  "injury.flexible_unconfirmed":
    "自己干活的灵活就业人员能不能有工伤保障，没有查到明确规定。请打12333问清楚。",
  "istep.ask_12333": "工伤和养老保险的事，可以打12333（人社服务热线）问。",

  "treatment.no_filing_needed": (p) => `你的医保就在${p.city}，在${p.city}看病不用办异地就医备案。`,
  "treatment.filing_long_term": (p) =>
    `你长期住在${p.city}${p.insured ? `，医保在${p.insured}` : ""}。先办“异地长期居住”备案，以后在${p.city}看病可以直接结算。`,
  "treatment.filing_posted_worker": (p) =>
    `你长期在${p.city}工作${p.insured ? `，医保在${p.insured}` : ""}。先办“常驻异地工作”备案，以后在${p.city}看病可以直接结算。`,
  "treatment.filing_retired_relocated": (p) =>
    `你已经退休，户口和住的地方都在${p.city}${p.insured ? `，医保在${p.insured}` : ""}。先办“异地安置退休”备案，以后在${p.city}看病可以直接结算。`,
  "treatment.filing_temporary":
    "临时去外地看病（出差、旅游、转诊、急诊），出门前办“临时外出就医”备案，到了可以直接结算。",
  "treatment.file_with_insured_place": (p) =>
    `备案向参保地${p.insured}办：在“国家医保服务平台”App上办，或者去${p.insured}的医保经办窗口。`,
  "treatment.rates_home_standard":
    "备案后在这里看病，原则上按参保地本地的标准报销。备案期间回参保地看病，原则上也不低于转诊的标准。",
  "treatment.rates_temporary": (p) =>
    `临时在外地看病，报销比例可能比在家低：转诊和急诊最多低${p.referral}个百分点，其他情况最多低${p.other}个百分点。`,
  "treatment.valid_until_changed": "长期居住的备案一直有效，情况变了再去改。",
  "treatment.valid_min_months": (p) => `临时外出的备案，有效期原则上不少于${p.months}个月。`,
  "treatment.proof_permit_or_undertaking":
    "备案要证明你住在这里：有居住证就用居住证，没有的可以签一份个人承诺书。",
  "treatment.file_later":
    "急诊抢救算已经备案。先看了病的，出院结账前补办备案也能直接结算；已经自己付了钱的，回参保地按规定报销。",
  "treatment.outpatient_too":
    "跨省直接结算现在不只管住院，门诊和一部分门诊慢特病也可以。哪些病能结算，打12393问。",
  "treatment.within_province": (p) => `你的医保和住的地方都在${p.province}，省内异地看病按省里的规定办。`,
  "changed.direct_settlement_scope": (p) =>
    `以前（2016年的规定）跨省直接结算只管住院；${p.year}年起，门诊也可以了。`,
};
