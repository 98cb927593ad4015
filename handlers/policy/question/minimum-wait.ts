// 开多久才能申请, 开店好久才能领, 要满几个月才给, 运行好久才可以: how long one must have run or worked before something is
// granted — a minimum (满6个月, 1年以上), not a deadline to act within (2年内申请).

/** 才能/才可以/要满/够不够 after a 多久-question mark the least time needed. */
const asksMinimum =
  /(开|经营|运营|运行|营业|干|做|工作|打工|务工)(了|起|张|业|满|店|厂|铺子?|馆子?|门市|公司)?(多久|好久|多长时间|好长时间|多长|几个月|几年|多少个月|多少年|好多个月|好多年)(?!以?内|之内)[^，,。？?！!\s]{0,4}(才|够)|满(多久|好久|多长|几个月|几年|多少|好多)/

const cn = '一二两三四五六七八九十半'
/** 满6个月, 运营1年以上, 半年后: a least time stated. */
const minimumTime = new RegExp(
  `满\\s*(\\d+|[${cn}]+)\\s*个?(月|年)|(\\d+|[${cn}]+)\\s*个?(月|年)(以上|之后|以后|后)|半年(以上|之后|以后|后)`,
)

export function asksMinimumTime(question: string): boolean {
  return asksMinimum.test(question)
}

export function statesMinimumTime(text: string): boolean {
  return minimumTime.test(text)
}
