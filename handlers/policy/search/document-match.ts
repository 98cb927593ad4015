// Whether a unit is about the document a question names: by the figures it set (从30万提到50万那个文件) or by its
// number (川办规2025年6号讲的啥 is not about a unit headed 川财金〔2025〕30号).
import { namedPart } from '../question/intent.js'
import { numeralValue } from '../numerals.js'
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
