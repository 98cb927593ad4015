// Which scheme a question and a unit are about (创业补贴, 创业担保贷款, 培训补贴, 青年创业; loans, grants, tax cuts), and
// the names members give a scheme in their own words (年轻人创业贷款, 青创贷, 团委那个贷款 for the youth start-up
// loan): they name the scheme as its own name does, so a unit headed by another scheme does not answer.
import type { Article } from '../kb.js'
import { asksTrainingSubsidy } from '../question/training-asked.js'
import { tokenize } from './tokenizer.js'

const aliases: [RegExp, string][] = [[/(年轻人|青创贷|青年贷|团委|团省委|共青团)/, '青年创业']]

/** The schemes a question names by another name. */
export function schemesByAlias(question: string): string[] {
  const named = aliases.filter(([alias]) => alias.test(question)).map(([, scheme]) => scheme)
  return asksTrainingSubsidy(question) ? [...named, '培训补贴'] : named
}

/**
 * Schemes of their own, run apart from the others (the youth loan has its own bodies, range and terms), with what
 * a unit speaking of one says (a training subsidy unit speaks of 培训).
 */
const apart: Record<string, string> = { 青年创业: '青年创业', 培训补贴: '培训' }

/**
 * 青年创业贷款找哪个部门: a unit that never speaks of a scheme run apart that the question names (各项业务找哪里办)
 * answers for the schemes it does speak of, not for that one.
 */
export function silentOnScheme(asked: Set<string>, said: string): boolean {
  const own = Object.keys(apart).filter((s) => asked.has(s))
  return own.length > 0 && !own.some((s) => said.includes(apart[s] ?? s))
}

/** The schemes members ask about by name. */
const schemes = ['创业补贴', '创业担保贷款', '培训补贴', '青年创业']

export function schemesIn(words: string[]): Set<string> {
  return new Set(schemes.filter((s) => words.includes(s)))
}

/** The question names a scheme, and the unit's heading names only others. */
export function namesOtherScheme(asked: Set<string>, article: Article): boolean {
  if (asked.size === 0) return false
  const named = schemesIn(tokenize(article.heading))
  return named.size > 0 && ![...named].some((s) => asked.has(s))
}

/**
 * Loans, grants and tax cuts: a question on one (贷款批下来要多久; 退伍的有创业补贴没得) is not answered by a unit
 * headed by another (the veterans' tax cut shares the person word with the subsidy's who-may-claim unit).
 */
const families: Record<string, RegExp> = { loan: /贷/, grant: /补贴|补助|奖补/, tax: /税/ }

export function familiesIn(text: string): Set<string> {
  return new Set(Object.keys(families).filter((f) => families[f]?.test(text)))
}

export function namesOtherFamily(asked: Set<string>, article: Article): boolean {
  if (asked.size === 0) return false
  const named = familiesIn(article.heading)
  return named.size > 0 && ![...named].some((f) => asked.has(f))
}
