/**
 * Plain-word explanations of the words people stumble on. Each definition is one or two short sentences,
 * true to ../shared/policy/facts.md, and names the sources it rests on (ids in src/policy/data/sources/).
 * `also` lists other spellings used in the texts that mean the same thing.
 */
export interface GlossaryEntry {
  /** A stable ASCII id, used in the glossary page's anchors (#term-ID). */
  id: string;
  term: string;
  also?: readonly string[];
  definition: string;
  sources: readonly string[];
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    id: "staff-medical",
    term: "职工医保",
    definition: "职工基本医疗保险。有单位的，由单位和个人一起交钱；灵活就业的人可以自己交钱参加。",
    sources: ["nhsa-2025-workers-rights"],
  },
  {
    id: "resident-medical",
    term: "居民医保",
    definition: "城乡居民基本医疗保险。个人交一部分钱、国家补助一部分，一般每年集中交一次。",
    sources: ["nhsa-2025-workers-rights", "gbf-2024-38"],
  },
  {
    id: "flexible",
    term: "灵活就业",
    definition:
      "没有单位给你交医保的工作，比如没有雇工的个体户、打零工、非全日制的活。灵活就业的人可以自己交钱参加职工医保，也可以参加居民医保。",
    sources: ["social-insurance-law", "nhsa-2025-workers-rights"],
  },
  {
    id: "pooling-area",
    term: "统筹地区",
    definition:
      "医保按地区管钱、定报销规定，这样的一个地区叫统筹地区。换到另一个统筹地区参保，医保要办转移接续。",
    sources: ["ybbf-2021-43"],
  },
  {
    id: "medical-transfer",
    term: "医保关系转移接续",
    also: ["转移接续"],
    definition:
      "换到另一个统筹地区参保时，把原来的参保记录和职工医保个人账户里的钱转到新地方，让待遇接上。可以在“国家医保服务平台”上申请，也可以到新旧两地的医保窗口申请。",
    sources: ["ybbf-2021-43"],
  },
  {
    id: "certificate",
    term: "参保凭证",
    definition:
      "原来参保的地方开的证明，写着你在那里参保的情况，办医保转移时用。网上申请转移的，一般不用纸质凭证。",
    sources: ["rsbf-2015-80", "quanzhou-transfer-2022"],
  },
  {
    id: "personal-account",
    term: "个人账户",
    definition:
      "记在你个人名下的钱。换地方转职工医保或养老保险时，个人账户里的钱跟着你转过去；居民医保没有个人账户，有的地方职工医保的低档次也没有。",
    sources: ["ybbf-2021-43", "gbf-2009-66", "changzhou-account"],
  },
  {
    id: "gap",
    term: "断保",
    definition:
      "中间有一段时间没有交医保。职工医保断保不超过3个月、按规定补交的，待遇接着享受，超过3个月可能有等待期；居民医保断保的，从2025年起有等待期。",
    sources: ["ybbf-2021-43-xinhua", "gbf-2024-38"],
  },
  {
    id: "waiting-period",
    term: "待遇等待期",
    also: ["等待期"],
    definition:
      "参保交钱以后，要等一段时间才能报销看病的钱。居民医保从2025年起，没在集中参保期参保或断过保的，一般固定等3个月，断保越久等得越长（新生儿等除外，各省具体规定不同）。",
    sources: ["gbf-2024-38"],
  },
  {
    id: "enrolment-window",
    term: "集中参保期",
    definition:
      "居民医保每年集中交钱的一段时间，具体日子以当地公布为准。错过了再交，一般要等3个月才能报销（新生儿等除外，各省具体规定不同）。",
    sources: ["gbf-2024-38"],
  },
  {
    id: "residence-permit",
    term: "居住证",
    definition:
      "离开户口所在地、在别的城市长期居住的人，可以按《居住证暂行条例》在住的城市办居住证。国家要求各地让有居住证的人在当地参加医保。",
    sources: ["gwjcf-2016-23", "nhsa-2025-workers-rights"],
  },
  {
    id: "permit-receipt",
    term: "居住证办理凭证",
    definition:
      "已经申请居住证、还没拿到证时的凭证。有的城市（比如郑州）凭它就能先参加居民医保，别的城市要先问清楚。",
    sources: ["news-2025-hukou-lifted"],
  },
  {
    id: "care-away-filing",
    term: "异地就医备案",
    definition:
      "医保在一个地方、人在另一个地方看病的，先在网上或参保地登记一下，这叫异地就医备案。备案以后看病可以直接结算，不用自己先把钱全垫上。",
    sources: ["ybf-2022-22"],
  },
  {
    id: "temporary-account",
    term: "临时基本养老保险缴费账户",
    also: ["临时缴费账户", "临时账户"],
    definition:
      "男的满50岁、女的满40岁，到户口所在省以外的地方工作，养老保险关系留在原来的地方，在新地方开这个账户接着交钱。",
    sources: ["gbf-2009-66"],
  },
  {
    id: "linkage",
    term: "城乡衔接",
    definition:
      "职工养老保险和城乡居民养老保险合到一起，要在领养老金之前办。职工养老保险交满15年的，把居民养老保险转进职工养老保险（年数不合并），不满15年的可以反过来转。",
    sources: ["rsbf-2014-17", "linkage-years-guide"],
  },
  {
    id: "occupational-injury",
    term: "职业伤害保障",
    definition:
      "给骑手、网约车司机等在平台接单的人的保障：在试点地区、试点平台接单时受了伤有保障。钱由平台按单交，自己不用交。",
    sources: ["rsbf-2025-24", "occupational-injury-howto"],
  },
];
