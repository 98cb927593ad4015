// What a figure measures (个月, 岁, 年, 人, 亩), so a member's own figure meets the threshold in the same measure.

const cn = '一二两三四五六七八九十百千'
/** What a figure measures, by the unit written after it. */
const measures: [string, RegExp][] = [
  // 半年 and 一年半 are counted in months, as the documents write them (6个月, 18个月)
  ['个月', new RegExp(`(\\d+|[${cn}半]+)\\s*个月|半年|[${cn}]+年半`)],
  // 我42了: a member's own age, said without 岁
  ['岁', new RegExp(`(\\d+|[${cn}]+)\\s*周?岁|我(今年)?(\\d{2}|[${cn}]{2,3})了`)],
  // 哪一年, 每年 ask or count, they do not state a span
  ['年', new RegExp(`((?<![\\d哪每这那])\\d{1,2}|(?<![哪每这那])[${cn}]+)\\s*年(?![级半])`)],
  ['日期', /\d{4}\s*年/],
  // 一个人 is how many the member is, not a head count
  ['人', new RegExp(`(\\d+|[${cn}]{2,}|[二两三四五六七八九十百千])\\s*多?\\s*个?(人|名|工人|员工|职工)`)],
  ['亩', new RegExp(`(\\d+|[${cn}]+)\\s*多?\\s*亩`)],
]

/**
 * The measures of the figures in `text` (5个月 → 个月): a member who states his own figure (打了5个月工, 42岁,
 * 厂里120多个工人) asks about the threshold written in the same measure.
 */
export function measuresIn(text: string): Set<string> {
  return new Set(measures.filter(([, pattern]) => pattern.test(text)).map(([name]) => name))
}

export function sharesMeasure(question: string, text: string): boolean {
  const asked = measuresIn(question)
  return asked.size > 0 && [...measuresIn(text)].some((m) => asked.has(m))
}
