// A figure the member puts forward and asks whether it is enough or allowed (想贷60万，个人贷款够不够; 种了25亩，
// 够不够种粮大户): the limit or threshold in the same measure answers, whatever clause the figure is in.
import type { AnswerKind } from './intent.js'

/** 够不够, 达得到不, 贷得到不, 算不算: whether the member's figure passes. */
const enough =
  /(够不够|够不|够吗|够了吗|够没|够得上|够不上|够格|够标准|达不达|达到没|达没达到|达得到|达标|能贷到|贷得到|借得到|贷得了|借得了|算不算)/
/** 贷60万, 想借80万: a sum the member would borrow. */
const loanSum = /(贷|借)(?!了)[^，,。？?！!]{0,3}\d+(\.\d+)?\s*(万|千)/
/** 25亩, 二十多亩: an area the member farms. */
const area = /(\d+(\.\d+)?|[一二两三四五六七八九十]+)\s*多?\s*亩/

const proposals: [RegExp, AnswerKind, RegExp][] = [
  [loanSum, 'amount', /\d+\s*万元/],
  [area, 'amount', /\d+\s*亩/],
]

/** The kind of fact the member's proposed figure asks, and the figure that answers it; null when none is proposed. */
export function proposedFigure(question: string): { kind: AnswerKind; answers: RegExp } | null {
  if (!enough.test(question)) return null
  const found = proposals.find(([told]) => told.test(question))
  return found ? { kind: found[1], answers: found[2] } : null
}
