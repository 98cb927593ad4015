// A generated "not known" (要不要拿房产证抵押 → 本库没有写明…) must not lead when the sentence chosen from the unit
// already speaks of what is asked (免抵押): the member then gets the fact, not a neighbouring gap.
import { askedKind } from '../question/intent.js'
import { sameAs, synonyms, tokenize } from '../search/tokenizer.js'
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

/** Words naming a document or the domain, which a gap and a sentence share without speaking of the same detail. */
const namingWords = '二十二条 22条 措施 政策 文件 创业 返乡 本库 没有 找到 写明 原文 规定 一般'.split(' ')
/** A word of a naming word, or a part of one (二十 and 十二 cut out of 二十二条), or a figure. */
const naming = (w: string) => /\d/.test(w) || namingWords.some((n) => n.includes(w))

/**
 * Whether a sentence of the unit saying a detail is not known (审批要多少天、批下来多久到账，本库没有写明) speaks of
 * the same detail as a known gap (审批和到账一般要多少天): then it leads in its own words; a not-known sentence on
 * another detail (the day of issue for 第几条) gives way to the gap.
 */
export function saysSameGap(gap: string, sentence: string): boolean {
  const said = new Set(tokenize(sentence))
  // the gap's aside in brackets (现在办贷款和补贴按2025年的政策) is not the detail
  return tokenize(gap.replace(/（[^）]*）/g, '')).some((w) => w.length > 1 && !naming(w) && said.has(w))
}
