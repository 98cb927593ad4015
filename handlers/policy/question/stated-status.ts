// What a member states about himself that a condition is written on, when he asks whether he counts (算不算, 能不能,
// 有没有份): a town household registration (城镇户口, 城里户籍, 不是农村的) meets the rural-hukou condition, an
// earlier business now closed (以前开过…关了, 注销了) the first-start-up one. The condition sentence that speaks to
// what he states leads, whichever definition shares more of his words.
import type { Article } from '../kb.js'
import { askedKind, withoutReferrals } from './intent.js'

interface StatusCondition {
  /** What the member says of himself. */
  told: RegExp
  /** The sentence of a unit stating the condition on it. */
  condition: RegExp
}

const town = '(城镇|城市|城里头?|城头|城区|市区|县城|街道|非农业?|居民|市民)'
/** 我是城镇户口, 户口是城里的, 户籍不在农村, 不是农村户口. */
const townHukou = new RegExp(
  `${town}[的]?(户口|户籍)|(户口|户籍)[^，,。？?！!]{0,4}${town}|(户口|户籍)[^，,。？?！!]{0,6}(迁|转|落)(到|进)了?${town}|(户口|户籍)?(不是|不在|没在)农村|不是农(村|业)(户口|户籍)?的?`,
)

/** 以前开过, 14年办过, 之前的公司: an earlier business of his own. */
const earlier =
  /(以前|之前|早年|早先|原来|原先|过去|前几年|那几年|\d{2,4}年|[一二两三四五六七八九十〇零]{2,4}年)[^。？?！!]{0,14}(开过|办过|搞过|做过|注册过|开了个|办了个|开的|办的)/
/** 关了, 垮了, 注销了, 倒闭了, 不做了: it no longer runs. */
const closed = /(关门?了|关掉了|垮了|倒闭了?|注销了?|黄了|停了|不做了|没做了|没开了|不开了|亏了|散了)/
/** 还算第一次创业不, 算不算首次创业: whether he still starts up for the first time. */
const asksFirst = /算[^，,。？?！!]{0,4}(第一次|首次|头一[次回]|初次)(创业|创办|开店|办)/

const conditions: StatusCondition[] = [
  { told: townHukou, condition: /农村户籍/ },
  {
    told: new RegExp(`(${earlier.source}[^？?]{0,30}${closed.source})|${asksFirst.source}`),
    condition: /首次创办|首次创业/,
  },
]

/** The conditions on what the member states of himself, in the order above. */
export function statedConditions(question: string): RegExp[] {
  return conditions.filter((c) => c.told.test(question)).map((c) => c.condition)
}

/** Whether `text` states a condition on what the member states of himself. */
export function speaksToStatus(question: string, text: string): boolean {
  return statedConditions(question).some((c) => c.test(text))
}

/** The sentence stating the condition on what the member states of himself, if the unit has one. */
export function statusSentence(question: string, sentences: string[]): string | undefined {
  for (const condition of statedConditions(question)) {
    const found = sentences.find((s) => condition.test(s))
    if (found) return found
  }
  return undefined
}

/** 我这种算啥子, 算不算返乡入乡农民工, 属于哪种: the member asks which class his story puts him in. */
const asksOwnClass =
  /(算不算|算啥|算什么|算哪|叫啥|叫什么|属于|属不属于|哪种|哪一种|(啥子?|什么)情况|算[^，,。？?！!]{0,10}(吗|不|么|没)[？?]?$)/

/** 返乡是指…, 入乡是指…: the words a unit defines, in its order. */
const definedWord = /([\p{Script=Han}]{2})(?:是指|指的是)/gu

/**
 * The two words a unit defines side by side (返乡, 入乡), when the member asks which class he is in without naming
 * them as a choice; null otherwise.
 */
export function impliedAlternatives(question: string, sentences: string[]): [string, string] | null {
  return asksOwnClass.test(question) ? definedPair(sentences) : null
}

/** The two words `sentences` define side by side (返乡, 入乡); null unless exactly two. */
export function definedPair(sentences: string[]): [string, string] | null {
  const words = [...new Set(sentences.flatMap((s) => [...s.matchAll(definedWord)].map((m) => m[1] ?? '')))]
  const [a, b] = words
  return words.length === 2 && a && b ? [a, b] : null
}

/**
 * What a member tells of himself that conditions are written in: household registration, a first start-up (an age
 * is a figure, which comparesFigure weighs).
 */
const attributes: [RegExp, RegExp][] = [
  [/户籍|户口/, /户籍|户口/],
  // a first start-up is 首次创办, not the 首次 of where one first registers (入乡)
  [/首次|第一次|头一[次回]|初次/, /首次创|第一次创|初次创/],
]

/** 我是重庆户籍，能不能领: a unit stating the condition on what the member tells of himself answers whether he may. */
export function statesAttribute(question: string, article: Article): boolean {
  if (askedKind(question) !== 'eligibility') return false
  const text = withoutReferrals(article.text)
  return (
    attributes.some(([told, stated]) => told.test(question) && stated.test(text)) ||
    speaksToStatus(question, text)
  )
}
