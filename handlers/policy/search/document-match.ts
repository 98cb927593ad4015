// Which document a question names, and whether a unit is about it: by the figures it set (从30万提到50万那个文件) or by its
// number (川办规2025年6号讲的啥 is not about a unit headed 川财金〔2025〕30号).
import { namedPart } from '../question/intent.js'
import { numeralValue } from '../numerals.js'
import { withoutProposedCount } from '../question/parts.js'
import type { Article } from '../kb.js'

/** 30万, 50万: the figures a member states, as the units write them (30万元). */
const statedFigures = (text: string) =>
  (text.match(/\d+(\.\d+)?\s*(万|千|亿)/g) ?? []).map((f) => f.replace(/\s/g, ''))

/**
 * 从30万提到50万那个文件，文号是好多: a document asked about by figures it set; a unit without those figures is
 * not about that document.
 */
function lacksFiguresNamed(question: string, article: Article): boolean {
  const figures = statedFigures(question)
  if (figures.length === 0 || !namedPart(question)) return false
  const text = article.text
  return !figures.every((f) => text.includes(f))
}

/** 川办规〔2025〕6号, 川办规2025年6号, 川财金30号: a document number as its issuer's short code and its serial. */
const documentNumber = /(\p{Script=Han}{2,3}?)[〔[（(【]?(?:\d{4})?[〕\]）)】年]?第?(\d{1,3})号/gu

function numbersIn(text: string): Set<string> {
  return new Set([...text.matchAll(documentNumber)].map((m) => `${m[1] ?? ''}${m[2] ?? ''}`))
}

/** The question names a document by its number, and the unit's heading names only other numbers. */
function namesOtherNumber(question: string, article: Article): boolean {
  const asked = numbersIn(question)
  if (asked.size === 0) return false
  const headed = numbersIn(article.heading)
  return headed.size > 0 && ![...headed].some((n) => asked.has(n))
}

/** 22, 二十二, 十五, 十六: a count up to 99 in figures or Chinese numerals. */
const countOf = (word: string): number => (/^\d+$/.test(word) ? Number(word) : (numeralValue(word) ?? 0))

const itemCount = /(\d{1,2}|[一二两三四五六七八九十]{1,3})条/g
const countsIn = (text: string) => new Set([...text.matchAll(itemCount)].map((m) => countOf(m[1] ?? '')))

/**
 * 十五条措施分几个方面: a document named by its count of measures; a unit of a document titled by another count
 * (二十二条措施) that never speaks of the count asked is about another document.
 */
function namesOtherCount(question: string, article: Article): boolean {
  const asked = countsIn(question)
  const titled = countsIn(article.doc.title)
  if (asked.size === 0 || titled.size === 0 || [...titled].some((n) => asked.has(n))) return false
  const spoken = countsIn(article.text)
  return ![...asked].some((n) => spoken.has(n))
}

/** A unit that is not about the document the question names by figures, by number or by its count of measures. */
export function namesOtherDocument(question: string, article: Article): boolean {
  return (
    lacksFiguresNamed(question, article) ||
    namesOtherNumber(question, article) ||
    namesOtherCount(question, article)
  )
}

export const asksYear = /哪(一|几)?年|什么时候(出|发|印发|出台)|啥时候(出|发|印发|出台)/
/** The short names members give the documents, and the words of each title they stand for. */
const documentNames: [RegExp, string][] = [
  [/(22|二十二)条/, '二十二条'],
  [/实施意见/, '实施意见'],
  [/(川办规|若干政策措施|创业带动就业)/, '创业带动就业'],
  // 今年这个新政, 最新的政策, 现行文件: the policy in force now is the 2025 one
  [/(新政|最新|现行|(今年|现在|目前|新出|新发|新的)\p{Script=Han}{0,6}?(政策|文件))/u, '创业带动就业'],
]

/**
 * The title words of the document a question asks about as a document (22条的全名, 22条哪年出的, 实施意见的文号),
 * or null: then a unit of another document does not answer, however many story words it shares.
 */
export function documentAsked(question: string): string | null {
  if (!namedPart(question) && !asksYear.test(question)) return null
  const naming = withoutProposedCount(question)
  const named = documentNames.filter(([name]) => name.test(naming))
  return named.length === 1 ? (named[0]?.[1] ?? null) : null
}

/**
 * 今年的新政策是不是也是22条: the count the member guesses names no document when another is named as the subject;
 * its words (二十二条) do not search.
 */
export function withoutGuessedDocument(question: string): string {
  const naming = withoutProposedCount(question)
  return naming !== question && documentNames.some(([name]) => name.test(naming)) ? naming : question
}

/** 2025年那个政策: a unit of a document from another year that never names the year asked about. */
export function otherYear(years: string[], article: Article): boolean {
  const said = `${article.doc.title} ${article.doc.date} ${article.text}`
  return years.length > 0 && !years.some((y) => said.includes(y))
}
