/** Words of the money section (要交多少钱、能领多少) and of the form for the person's own figures. */
export const MONEY_UI = {
  medicalYear: "医保一年要交多少",
  residentColumn: "居民医保",
  staffColumn: "职工医保（灵活就业）",
  flexiblePension: "灵活就业交职工养老保险，每月交多少",
  estimate: "将来每月能领多少养老金（估算）",
  gaps: "停交、补交和退保",
  gapsStop: "停交了会怎样",
  gapsPayBack: "能不能补交",
  gapsCashOut: "能不能退保",
  gapsShort: "到退休年龄还没交够",
} as const;

export const FIGURES_UI = {
  title: "用你自己的数字算",
  intro:
    "下面的数字要你自己填：从当地公布的通知上看，或打12393（医保）、12333（社保）问。填了以后结果会按你的数字重新算，并注明是你自己填的。不知道的空着就行。",
  medicalBase: "职工医保每月缴费基数（元）",
  medicalRate: "职工医保费率（%）",
  flexibleBase: "养老保险每月缴费基数（元）",
  tier: "一般按哪个档次交养老保险",
  tierOption: (index: number) => `平均工资的${Math.round(index * 100)}%`,
  pensionBase: "当地养老金计发基数（元/月）",
  accountBalance: "养老保险个人账户里现在有多少钱（元）",
  submit: "按我的数字重新算",
  clear: "清除我的数字",
  notANumber: "请填数字，比如 4500",
  outOfRange: "这个数字不对，请再核对一下",
  errors: "有的数字填得不对，请看下面标出的地方。",
} as const;
