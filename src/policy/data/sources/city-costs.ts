import type { Source } from "../../types";

const ALARIC =
  "https://github.com/Alaric1098/China-Pension-Strategy-Skill/blob/07d0cc00429db32eb1b9c7bf9ba5f0d4fa7f32ff/references/regions";

/**
 * City cost figures of docs/research/city-costs.md (issue 12): 居民医保 premiums, 灵活就业 职工医保 bases and
 * rates, waiting periods and enrolment windows. One entry per document, graded as the note grades it. `issued`
 * is the date on the page (资料日期), `effective` only where the text says 起 or 执行; a 文号 only where the page
 * shows it. Pages quoted by a public repository (its verbatim excerpt, with the official address) are
 * "secondary": the official page itself was not read.
 */
export const CITY_COST_SOURCES: readonly Source[] = [
  // 杭州
  {
    id: "hangzhou-flex-2023",
    title: "《关于公布2023年杭州市基本医疗保障有关数据的通告》",
    docNoStatus: "not_found",
    issuer: "杭州市医疗保障局、国家税务总局杭州市税务局",
    issued: "2022-12-26",
    effective: "2023-01-01",
    grade: "mirror",
    url: "http://yunnanlong.com/c/4421357.html",
    note: "全文转载。灵活就业人员每月缴费基数3957元（2020年浙江省平均工资79133元×60%÷12），缴费标准每月375.92元（3957元×9.5%，含生育保险0.6%），自2023年1月1日起执行。引用浙人社发〔2022〕86号、杭医保〔2022〕41号。2024年以后的数字没有在可靠来源找到。",
  },

  // 合肥
  {
    id: "hefei-resident-2025",
    title: "合肥市2025年度城乡居民医保参保缴费报道",
    docNoStatus: "none",
    issuer: "媒体报道（转载，引述合肥市医疗保障局）",
    grade: "news",
    url: "http://alqotr.com/news/640823.html",
    note: "转载为繁体字，页面未注明日期。普通居民个人缴费400元/人，在合肥的高校大学生个人实际缴纳350元/人；2025年度集中参保期2024年9月1日至12月31日。2026年度的数字没有在可靠来源找到。",
  },

  // 郑州
  {
    id: "zhengzhou-resident-2026",
    title: "郑州市2026年度城乡居民基本医疗保险集中参保缴费报道",
    docNoStatus: "none",
    issuer: "媒体报道（网易号，引述郑州市医疗保障局、郑州市医疗保障中心的通知）",
    grade: "news",
    url: "https://www.163.com/dy/article/KCG6D52S0550B6IS.html",
    note: "页面未注明日期。普通居民（含新生儿、居住证持有人员）每人一年400元，在本市就读的全日制大中专学生每人一年390元；2026年度集中缴费期截至2025年12月31日（开始日期没有读到）。",
  },

  // 苏州
  {
    id: "suzhou-flexible-2022-notice",
    title: "苏州市2022年灵活就业人员参加职工基本医疗保险缴费基数和费率的通知（标题未见）",
    docNoStatus: "not_found",
    issuer: "苏州市医疗保障局、苏州市人力资源和社会保障局、苏州市财政局、国家税务总局苏州市税务局",
    issued: "2021-12-16",
    effective: "2022-01-01",
    grade: "mirror",
    url: "http://bwm8.com/szsrmzf/bmwj/202112/b7c0d5103fd840c2bcbc8aaaa69c8eb6.shtml",
    note: "全文转载，引用苏医保发〔2021〕61号。2022年1月1日至12月31日灵活就业人员参加职工医保的月缴费基数4250元；缴费比例8%；大额医疗费用社会共济基金每人每月5元。",
  },
  {
    id: "suzhou-flexible-2024",
    title: "苏州市2024年职工医保缴费基数和灵活就业人员缴费费率（医保部门发布，转载）",
    docNoStatus: "not_found",
    issuer: "苏州市医疗保障局、苏州市医疗保险基金管理中心",
    issued: "2023-12-27",
    effective: "2024-01",
    grade: "mirror",
    url: "https://si12333.cn/qa/mydky.html",
    note: "自2024年1月起职工医保、生育保险月缴费工资基数下限暂按4494元、上限暂按24042元执行；大额医疗费用社会共济基金每人每月5元；全市灵活就业人员缴费费率8%。页面没有写明灵活就业人员的缴费基数就是这个下限。2025年、2026年的数字没有找到。",
  },

  // 南京
  {
    id: "nanjing-resident-2025",
    title: "南京市2025年度城乡居民医保参保缴费报道（南京日报，转载）",
    docNoStatus: "none",
    issuer: "南京日报（本地账号转载）",
    grade: "news",
    url: "https://wxredian.com/art?id=6212699510b997a3365a0f873311829d",
    note: "页面未注明日期。集中参保缴费期2024年11月1日至12月25日；老年居民560元，其他居民660元，学生儿童320元，大学生270元（每人每年）。2026年度的数字没有找到。",
  },
  {
    id: "nanjing-flexible-2023",
    title: "《关于调整职工基本医疗保险缴费工资基数等相关事项的通知》（南京，新闻报道）",
    docNoStatus: "not_found",
    issuer: "南京市医疗保障局（新闻报道转述）",
    effective: "2023-04-01",
    grade: "news",
    url: "http://m.shanxiti.com/news/632279.html",
    note: "新闻转载（繁体字），页面未注明日期。自2023年4月1日起职工医保、生育保险缴费工资基数下限4494元；以灵活就业人员身份参加职工医保的缴费率由9%降为8%。另有网页说每月另交10元大病救助，但没有写发文机关，没有采用。",
  },

  // 广州
  {
    id: "guangzhou-resident-2023",
    title: "广州市2023年城乡居民医保个人缴费和财政补助标准的通知（标题未见）",
    docNoStatus: "not_found",
    issuer: "广州市医疗保障局、广州市财政局",
    issued: "2022-06-07",
    grade: "mirror",
    url: "http://puyuecs.com/laodongshebao/2022/06-23/17916.html",
    note: "全文转载，引用穗府办规〔2021〕14号。2023年在校学生个人缴费每人398元，其他参保人员每人528元。2024年以后的数字只见于没有发文机关的网页，没有采用。",
  },
  {
    id: "guangzhou-flex-rate-2022",
    title:
      "《广州市医疗保障局 广州市财政局 广州市人力资源和社会保障局关于广州市职工医疗保险和生育保险筹资标准的通知》",
    docNo: "穗医保规字〔2022〕1号",
    issuer: "广州市医疗保障局、广州市财政局、广州市人力资源和社会保障局",
    effective: "2022-12-01",
    validUntil: "2026-12-31",
    grade: "secondary",
    url: `${ALARIC}/guangzhou.md`,
    note: "一个公开代码仓库逐字引用了广州市政府网站上的原文（https://www.gz.gov.cn/gfxwj/sbmgfxwj/gzsylbzj/content/post_8689834.html ，官方网页本身没有读到）：灵活就业人员按缴费基数的8%缴纳；缴费基数下限为本市上上年度全口径城镇单位就业人员月平均工资的60%，上限300%。基数是多少元，没有在可靠来源找到。",
  },
  {
    id: "guangzhou-flex-cut-2024",
    title: "广州市阶段性降低职工基本医疗保险缴费率的通知（标题未见）",
    docNoStatus: "not_found",
    issuer: "广州市医疗保障局、广州市财政局、国家税务总局广州市税务局",
    issued: "2024-02-29",
    validUntil: "2025-12-31",
    grade: "secondary",
    url: `${ALARIC}/guangzhou.md`,
    note: "公开代码仓库逐字引用（官方网页本身没有读到）：灵活就业人员的职工医保缴费率降为6.5%，“自印发次月起施行，有效期至2025年12月31日”。到期后按穗医保规字〔2022〕1号的8%，这是按两份文件的有效期推断的，没有读到新的通知。",
  },

  // 深圳
  {
    id: "shenzhen-flex-2024",
    title: "深圳市医疗保障局关于阶段性降低医疗保险成本和2024年缴费基数的通知（转载，标题未见）",
    docNoStatus: "not_found",
    issuer: "深圳市医疗保障局",
    issued: "2023-12-29",
    effective: "2024-01-01",
    grade: "mirror",
    url: "http://m.canteen900.com/ldbzzt/ldbzzt20240104.html",
    note: "中国劳动关系网转载（繁体字）。2024年1月1日至2025年12月31日灵活就业人员缴费费率从8%下调至7%；2024年1月1日至12月31日职工医保和生育保险缴费基数下限6475元、上限32376元。2025年的基数没有找到。",
  },
  {
    id: "shenzhen-flex-2026",
    title: "深圳市医疗保障局：2026年医保缴费基数和费率（温馨提示）",
    docNoStatus: "not_found",
    issuer: "深圳市医疗保障局",
    issued: "2025-12-29",
    effective: "2026-01-01",
    validUntil: "2026-12-31",
    grade: "secondary",
    url: `${ALARIC}/shenzhen.md`,
    note: "公开代码仓库逐字引用 https://hsa.sz.gov.cn/fzlm/znts/cnyc/content/post_12568243.html （官方网页本身没有读到；本地宝页面数字相同）：2026年1月1日至12月31日职工医保和生育保险缴费基数下限6727元、上限33633元；灵活就业人员缴费费率由7%恢复为8%。2022年说的“另加0.2%地方补充医疗保险”现在还有没有，没有找到。",
  },
  {
    id: "shenzhen-no-wait-2022",
    title: "《关于非深户籍灵活就业人员参加我市基本医疗保险有关事项》的通知（读特/深圳新闻网报道）",
    docNoStatus: "not_found",
    issuer: "读特/深圳新闻网（报道深圳市医疗保障局的通知）",
    issued: "2022-04-28",
    grade: "news",
    url: "http://riaoao5l.cn/html/shebao/10321.html",
    note: "转载（繁体字）：“当月参保，次月即可享受医疗保险待遇”；缴费比例8.2%（含地方补充医疗保险）。",
  },

  // 上海
  {
    id: "shanghai-flex-rate-2025",
    title: "上海市灵活就业人员缴纳职工基本医疗保险费比例的通知（四部门，转载）",
    docNoStatus: "not_found",
    issuer: "上海市医疗保障局、上海市财政局、上海市人力资源和社会保障局、国家税务总局上海市税务局",
    issued: "2025-02-27",
    effective: "2025-03-01",
    validUntil: "2026-02-28",
    grade: "mirror",
    url: "http://m.tracingadget.com/news/i796333.html",
    note: "转载（繁体字）：灵活就业人员缴纳职工基本医疗保险费（含生育保险）的比例继续按10%执行，2025年3月1日起实施，有效期至2026年2月28日。一份咨询公司摘要说文号是沪医保规〔2025〕2号，未核实。2026年3月以后的比例没有在可靠来源找到。",
  },
  {
    id: "shanghai-bases-2025",
    title: "上海市2025年度社保缴费基数上下限（市人社局问答）",
    docNoStatus: "not_found",
    issuer: "上海市人力资源和社会保障局",
    issued: "2025-10-24",
    effective: "2025-07-01",
    grade: "secondary",
    url: "http://www.e78.com.cn/shebao/179.html",
    note: "2025年7月1日起按2024年度全口径平均工资12434元/月计算，缴费基数上限37302元/月、下限7460元/月。数字见 e78.com.cn（2025-10-20）和公开代码仓库对 rsj.sh.gov.cn 原文的引用；官方网页本身没有读到。",
  },

  // 北京
  {
    id: "beijing-flex-2025",
    title: "北京2025年度社保缴费基数调整报道（劳动午报）",
    docNoStatus: "none",
    issuer: "劳动午报",
    issued: "2025-09-19",
    effective: "2025-07",
    grade: "news",
    url: "http://ldwb.workerbj.cn/content/2025-09/19/content_159890.htm",
    note: "以个人身份参加职工基本医疗保险的，自2025年7月起每月缴纳584.92元（固定金额）。公开代码仓库引用的京人社发〔2025〕11号原文数字相同（官方网页本身没有读到）。外地户籍灵活就业人员能不能在北京参加职工医保，没有找到。",
  },

  // 成都
  {
    id: "chengdu-flex-base-2025",
    title: "《关于2025年度职工医疗保险缴费有关问题的通知》（成都）",
    docNoStatus: "not_found",
    issuer: "成都市医疗保障局、成都市财政局等",
    issued: "2025-10-10",
    effective: "2025-10",
    grade: "secondary",
    url: "https://www.maigoo.com/news/633982.html",
    note: "指南网站转述（写明发文机关和日期）：灵活就业人员按统账结合方式参保的缴费基数按7646元/月的80%（6117元/月），按单建统筹方式的按7646元/月，从2025年10月属期起执行。",
  },
  {
    id: "chengdu-flex-rate-2025",
    title: "成都市灵活就业人员医保参保缴费常见问答",
    docNo: "成医保办〔2025〕17号",
    issuer: "成都市医疗保障局（成都市人民政府网站）",
    issued: "2025-04-16",
    grade: "secondary",
    url: `${ALARIC}/sichuan.md`,
    note: "公开代码仓库逐字引用 chengdu.gov.cn（官方网页本身没有读到）：缴费费率9.5%（含大病医疗互助补充保险：基本8.75%，大病0.75%），当时的基数为6015元。2025年10月起的基数6117元是否仍按9.5%，没有来源直接写明。",
  },

  // 重庆
  {
    id: "chongqing-rates-2025",
    title: "我市基本医疗保险参保人员缴费标准是多少？（政策问答）",
    docNoStatus: "none",
    issuer: "重庆市梁平区人民政府",
    issued: "2025-03-07",
    grade: "official",
    url: "http://cqlp.gov.cn/zwgk_178/zczxwdk/xzbm/qybj/202212/t20221219_11402368.html",
    note: "个体参保人员一档在职3075元/年、二档在职6765元/年（表中另列132元/年，摘录里看不出是哪一项、两档是否都交，没有计入）；居民医保一档个人400元/年、二档775元/年，页面标为“2024年缴费标准”。个体参保的数字按页面日期记为2025年；一个公开代码仓库引用的渝医保发〔2024〕47号政策解读也写“2025年……一档缴费标准为3075元/年·人，二档缴费标准为6765元/年·人”。",
  },

  // 武汉
  {
    id: "wuhan-flex-news",
    title: "武汉灵活就业人员参加职工医保报道（极目新闻）",
    docNoStatus: "none",
    issuer: "楚天都市报极目新闻（网易转载）",
    grade: "news",
    url: "https://163.com/dy/article/JGQLOTN3053469LG.html",
    note: "页面日期为“11月12日”，没有显示年份。以全省每年统一确定的社会保险缴费基数的4.8%缴费，职工大额医疗保险每人每月7元；首次以灵活就业人员身份参保，连续缴满6个月后从第7个月开始享受待遇。缴费基数是多少元没有找到。",
  },

  // 天津
  {
    id: "tianjin-resident-2024",
    title: "天津市2024年度城乡居民基本医疗保险参保缴费问答（转载）",
    docNoStatus: "not_found",
    issuer: "天津市医疗保障局、天津市医疗保障基金管理中心",
    issued: "2023-12-01",
    grade: "mirror",
    url: "https://m12333.cn/qa/midmi.html",
    note: "集中参保缴费期2023年10月10日至12月31日；低档每人每年380元，高档1010元；学生儿童按低档缴费、享受高档待遇；持《天津市居住证》的可以参保。2025年、2026年度的数字没有在可靠来源找到。",
  },
  {
    id: "tianjin-flex-qa",
    title: "天津灵活就业人员参加职工基本医疗保险问答（转载）",
    docNoStatus: "not_found",
    issuer: "天津市医疗保障局、天津市医疗保障基金管理中心",
    grade: "mirror",
    url: "https://m12333.cn/qa/mdeew.html",
    note: "页面未注明日期（举例用的是2024年度）。按缴费基数的8.5%（含生育保险0.5%）缴费，由个人全额负担；另交大额医疗救助260元/年。缴费基数是多少元：2025年的数字各处不一致，没有采用。",
  },

  // 西安
  {
    id: "xian-resident-2026",
    title: "西安市2026年度城乡居民医保集中缴费通知（转载）",
    docNoStatus: "not_found",
    issuer: "西安市医疗保障部门（转载页）",
    grade: "mirror",
    url: "http://www.zbvacp.com/info/1072/53601.htm",
    note: "转载（繁体字），页面未注明日期。有西安户籍或西安居住证、未参加职工医保的人可以参保；全省2025年筹资标准1100元，其中财政补助700元、个人缴费400元；集中缴费时间2025年10月至12月25日，待遇享受期2026年1月1日至12月31日；不符合连续参保条件的，固定等待期3个月。",
  },
  {
    id: "xian-2025-34",
    title:
      "《西安市医疗保障局 西安市财政局 国家税务总局西安市税务局关于阶段性减征我市职工基本医疗保险费的通知》",
    docNo: "市医保发〔2025〕34号",
    issuer: "西安市医疗保障局、西安市财政局、国家税务总局西安市税务局",
    grade: "secondary",
    url: "https://www.tang.org.cn/72723.html",
    note: "本地网站转述（写明文号和发文机关，页面未注明日期）：2026年度灵活就业人员职工医保缴费费率由9%降至8%，减征属期2026年1月至12月；全年一次性缴费总额4886.4元，其中基本医疗保险每月399.2元，大额医疗补助保险每月8元。",
  },
  {
    id: "xian-2025-38",
    title: "《西安市医疗保障局关于确定2026年灵活就业人员医疗保险缴费工资的通知》",
    docNo: "市医保发〔2025〕38号",
    issuer: "西安市医疗保障局",
    grade: "secondary",
    url: "https://www.tang.org.cn/72723.html",
    note: "本地网站转述：缴费基数按2024年度全口径城镇单位就业人员年平均工资99791元的60%核定，月缴费基数4990元。",
  },

  // 长沙 (湖南)
  {
    id: "hunan-resident-2026",
    title: "湖南2026年度城乡居民医保集中参保缴费报道（新浪财经，摘要）",
    docNoStatus: "none",
    issuer: "新浪财经（新闻摘要，引述湖南省医保等部门的通知）",
    issued: "2025-12-21",
    grade: "news",
    url: "https://staging.reportify.cn/news/1200236682172043264",
    note: "个人缴费标准400元/人；集中缴费期2025年9月1日至2026年1月31日；集中缴费期外参保缴费的，政府不再补助，个人缴费提高至1100元，自缴费之日起有3个月待遇等待期。",
  },

  // 福州
  {
    id: "fuzhou-resident-2025",
    title: "福州市2025年城乡居民医保缴费报道",
    docNoStatus: "none",
    issuer: "媒体报道（福州记者，引述福州市医疗保障局；转载）",
    issued: "2025-02-02",
    grade: "news",
    url: "https://duobangwang.com/html/11/20250202/679f4ecf4c815.shtml",
    note: "转载（繁体字）：2025年福州市城乡居民医保个人缴费450元/人，财政补助800元/人；原缴费截止日期2024年12月31日，3月1日后缴费的有3个月固定等待期。2026年的数字只见于内容农场网页，没有采用。",
  },
  {
    id: "fuzhou-flex-2024",
    title: "福州市2024年7月起灵活就业人员参加职工医保缴费基数（指南网站转述市政府网站通知）",
    docNoStatus: "not_found",
    issuer: "福州市人民政府网站通知（指南网站转述）",
    issued: "2024-06-28",
    effective: "2024-07-01",
    validUntil: "2025-06-30",
    grade: "secondary",
    url: "http://bm.manmankan.com/fuzhou/202510/28351.shtml",
    note: "转述 https://www.fuzhou.gov.cn/zwgk/tzgg/202406/t20240628_4850852.htm （官方网页本身没有读到）：2024年7月1日至2025年6月30日月缴费基数4433元，费率10%，每月443.3元。闽东日报2024-09-26刊登的宁德市医保局问答给出同样的全省基数和费率（新闻，http://szb.ndpic.cn/html/2024-09/26/content_43106_17845820.htm ）。2025年7月以后的数字没有在可靠来源找到。",
  },

  // 南宁
  {
    id: "nanning-resident-2025",
    title: "南宁市2025年度城乡居民医保缴费报道（南宁日报，中工网转载）",
    docNoStatus: "none",
    issuer: "南宁日报（引述南宁市医保局）",
    issued: "2024-09-04",
    grade: "news",
    url: "https://ylcymh.cn/news/show-6064.html",
    note: "个人缴费标准400元/人·年；集中缴费期原则上为2024年9月至2024年12月底；2025年6月30日后缴费的（新生儿除外），要个人负担个人缴费和财政补助的全部金额。2026年度的数字没有找到。",
  },

  // 石家庄 (河北)
  {
    id: "hebei-resident-2026",
    title: "河北省2026年度城乡居民医保集中征缴报道",
    docNoStatus: "none",
    issuer: "消费导报网（来源：河北省医疗保障局）",
    issued: "2025-10-22",
    grade: "news",
    url: "http://zhlife.eeju.com/zh/2025/1022/55886.html",
    note: "个人缴费标准不低于400元（各市的具体金额没有找到）；缴费时间2025年10月20日至2026年2月28日；2025年12月31日前缴费的自2026年1月1日起享受待遇，2026年1月1日至2月底缴费的自缴费到账之日起享受，2026年3月1日起缴费的等待期结束后享受。",
  },
];
