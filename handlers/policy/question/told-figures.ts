// Sums a member tells about himself in a clause that does not ask (我想贷30万，能分五年还不; 网上借了3万块，能申请不):
// they are his story, not the topic, so they do not pull the search to a unit that happens to state that sum.
import { askedKind, askingClause, clausesOf } from './intent.js'

const sum = /\d+(\.\d+)?\s*(万|千)?\s*(元|块钱|块)?/g
const statesSum = /\d+(\.\d+)?\s*(万|千|元|块)/

export function withoutToldSums(question: string): string {
  const kind = askedKind(question)
  // 我贷了50万，超过的部分贴息好多: for an amount or a rate, the member's sum says which part is asked about
  if (kind !== 'duration' && kind !== 'eligibility') return question
  const asking = askingClause(question, kind)
  if (asking === question) return question
  return clausesOf(question)
    .filter((c) => c !== asking && statesSum.test(c))
    .reduce((q, c) => q.replace(c, c.replace(sum, '')), question)
}
