// 创业补贴的钱按哪个文件管，文号发一下: which document governs a scheme the member names. A unit that never speaks
// of that scheme (二十二条措施的文号, the 2015 document's name) is about another document, however well it states
// a number.
import type { Article } from '../kb.js'

/** 文号, 哪个文件, 依据是啥: the question asks for a document or its number. */
const asksDocument =
  /(文号|几号文|发文字号|(哪个|哪份|哪一个|什么|啥子?)(文件|规定)|按(哪个|啥子?|什么)[^，。？?]{0,4}(管|发|办|拨)|(依据|根据)(是|的是)?(哪个|什么|啥))/
/** The schemes whose money a document governs. */
const scheme = /(补贴|补助|贷款|贴息|培训|税)/g
/** The documents members name (22条, 实施意见, 川办规6号, 三年行动方案). */
const namesDocument =
  /((22|二十二|十六|十五)条|实施意见|川办规|川财规|川财金|川人社|若干政策措施|行动方案|〔\d{4}〕|\d{4}年第?\d+号)/

/**
 * The question asks which document governs a scheme it names, naming no document, and the unit never speaks of
 * that scheme.
 */
export function silentOnSchemeAsked(question: string, article: Article): boolean {
  const schemes = question.match(scheme) ?? []
  if (schemes.length === 0 || !asksDocument.test(question) || namesDocument.test(question)) return false
  const said = `${article.heading} ${article.text}`
  return !schemes.some((s) => said.includes(s))
}
