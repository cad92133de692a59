/**
 * The eight people of the persona test (../shared/reviews/2026-11-30-persona-test.md), as share links on
 * the fixed date of e2e/fixtures.ts (2026-11-30). Their answers are the report's "Answers given", as far as
 * today's questions can hold them: p1's child and p7's wife and children have no place in the answers yet,
 * and p6 chose no retirement category.
 */
export const PERSONAS = {
  /** p1: platform rider in 杭州, hukou 周口, 居民医保 in 周口 since 2019, lives there long-term. */
  p1Rider: "v=2&d=20261130&c=330100&hc=411600&rp=y&w=p&b=199004&sx=f&ora=50&lw=n&m=r411600.20190101&ca=l",
  /** p2: back in 南充, 职工养老 广东 16 years and 城乡居民养老 四川 6 years. */
  p2Returnee:
    "v=2&d=20261130&c=511300&hc=511300&w=n&b=196805&sx=m&lw=n&m=r511300.20210101&pe=s44-16_r51-6&ca=n",
  /** p3: retired, 职工医保 哈尔滨, living with her daughter in 广州. */
  p3Retiree:
    "v=2&d=20261130&c=440100&hc=230100&rp=n&w=r&b=196202&sx=f&ora=50&lw=c&m=s230100.19980101&pe=s23-30&ca=l",
  /** p4: construction worker in 上海, hukou 阜阳, 居民医保 阜阳. */
  p4Construction: "v=2&d=20261130&c=310100&hc=341200&rp=n&w=c&b=197609&sx=m&lw=n&m=r341200.20150101&ca=l",
  /** p5: graduate, student 居民医保 重庆 to 2026-06, job in 成都 from 2026-12-01. */
  p5Graduate:
    "v=2&d=20261130&c=510100&hc=500100&rp=n&w=e&b=200307&sx=m&lw=n&m=r500100.20210901.20260630&ps=20261201&ca=n",
  /** p6: 个体户 in 郑州, hukou 南阳, uninsured since 2025-01. */
  p6SelfEmployed:
    "v=2&d=20261130&c=410100&hc=411300&rp=y&w=f&b=198511&sx=f&lw=n&m=r411300.20150101.20241231&ca=n",
  /** p7: employee in 苏州, hukou 赣州, 职工医保 苏州 since 2018-03, 职工养老 江苏 8 years. */
  p7Employee:
    "v=2&d=20261130&c=320500&hc=360700&rp=y&w=e&b=198201&sx=m&lw=n&m=s320500.20180301&pe=s32-8&ca=n",
  /** p8: 职工医保 南京 2010-01 to 2026-03, new job in 合肥 from 2026-09-01, 职工养老 江苏 16 years. */
  p8Mover:
    "v=2&d=20261130&c=340100&hc=320100&rp=n&w=e&b=197903&sx=m&lw=n&m=s320100.20100101.20260331&ps=20260901&pe=s32-16&ca=n",
} as const;
