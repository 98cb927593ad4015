// 去哪办 要多久批下来, 手机上能申请不？在哪个上面弄？批下来要好久到账: the first ask decides the answer; the words
// only a later ask of how long says (批下来, 到账) weigh less in retrieval, so the unit on the first ask is found
// and the later ask's unit does not crowd it out.
import { askedKind, askingClause, clausesOf, concreteKinds, pointedKind, type AnswerKind } from './intent.js'
import { queryTokens } from '../search/tokenizer.js'

/** The words of the later asks of how long (after an ask of another kind), less those the first asking clause says. */
export function laterAskTerms(question: string): Set<string> {
  const kind = askedKind(question)
  if (!kind) return new Set()
  const first = askingClause(question, kind)
  const clauses = clausesOf(question)
  const at = clauses.indexOf(first)
  if (at < 0) return new Set()
  const later = clauses.slice(at + 1).filter((c) => {
    // how long it takes, asked after where or whether (要多久批下来): a figure asked again in other words (要招好多人？
    // 比例是啥子) is the same ask
    return (kind !== 'duration' && pointedKind(c) === 'duration') || sideWhether(kind, c)
  })
  if (later.length === 0) return new Set()
  const words = (text: string) => {
    const { own, added } = queryTokens(text)
    return [...own, ...added]
  }
  const asked = new Set(words(clauses.slice(0, at + 1).join('，')))
  return new Set(later.flatMap(words).filter((t) => !asked.has(t)))
}

/** 利率是好多？银行会不会乱收: a yes/no side ask after a figure asked, which asks no figure of its own. */
const whether = /(会不会|会不|是不是|有没有|有莫得|可不可能)/

function sideWhether(kind: AnswerKind, clause: string): boolean {
  return (
    concreteKinds.includes(kind) && kind !== 'place' && whether.test(clause) && pointedKind(clause) === null
  )
}
