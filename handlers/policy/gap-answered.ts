// A generated "not known" (要不要拿房产证抵押 → 本库没有写明…) must not lead when the sentence chosen from the unit
// already speaks of what is asked (免抵押): the member then gets the fact, not a neighbouring gap.
import { askedKind } from './intent.js'
import { sameAs, synonyms, tokenize } from './tokenizer.js'
import { wordsOf } from './unknowns.js'

const extra = /(额外|另外|单独|专门|再|另)/

/**
 * Whether `sentence` speaks of a known word of the asked object, in the member's word or the documents' one
 * (抵押 in 要不要拿房产证抵押 for 免抵押; 地址 for 经营场所): the gap on its other words (房产证) is then not the
 * answer. A known word inside an unknown compound (担保 in 担保费) does not count.
 */
export function speaksOfAsked(asked: string, sentence: string, knows: (word: string) => boolean): boolean {
  // 额外贴息, 另外的补贴: something more than the known thing, which the sentence on that thing does not answer
  if (!asked || extra.test(asked)) return false
  const known = wordsOf(tokenize(asked)).filter(
    (w) => w.length > 1 && knows(w) && askedKind(w) === null && sentence.includes(w),
  )
  // a member's word the documents never use (地址), said in theirs (经营场所)
  const renamed = [...Object.entries(sameAs), ...Object.entries(synonyms)].some(
    ([word, docs]) =>
      word.length > 1 &&
      asked.includes(word) &&
      !known.includes(word) &&
      !sentence.includes(word) &&
      docs.some((d) => d !== word && !asked.includes(d) && sentence.includes(d)),
  )
  return known.length > 0 || renamed
}
