// The sentence of a unit stating the part a question names (the definition asked for, the title, the number, who
// issued it, when), chosen among several by the member's words.
import { namedPart, saysNotKnown } from '../question/intent.js'
import { defines, meaningOf } from '../question/meaning.js'
import { queryTokens, tokenize } from '../search/tokenizer.js'

/** The member's own content words (常务 in 那个常务会是哪天开的), not figures or single characters. */
function contentWords(question: string): Set<string> {
  return new Set(queryTokens(question).own.filter((t) => t.length > 1 && !/\d/.test(t)))
}

const sharedWith = (words: Set<string>, sentence: string) =>
  new Set(tokenize(sentence).filter((t) => words.has(t))).size

/**
 * The sentence stating the part of the unit the question names: the definition of the word whose meaning is asked
 * (入乡是啥意思 → …的叫入乡), the title for 全名, the document number for 文号, how often, how it is paid. Of
 * several sentences stating it, one sharing more of the member's words than the usual choice answers (常务会哪天开的
 * → the day of the meeting, not that the day of issue is not known).
 */
export function namedSentence(question: string, sentences: string[]): string | undefined {
  for (const word of meaningOf(question)) {
    const defining = sentences.find((s) => defines(s, word))
    if (defining) return defining
  }
  const part = namedPart(question)
  if (!part) return undefined
  // 文号本库没有找到 answers 文号是好多 before a sentence citing another document's number (国办发〔2015〕47号),
  // unless the question asks which document this one carries out (落实哪个文件)
  const naming = sentences.filter((s) => part.test(s))
  const basisAsked = /(落实|依据|根据|按照|贯彻)/.test(question)
  // …本库没有取得原文（川财金〔2025〕30号） says another fact is not known: a sentence stating the number answers
  const numberNotKnown = naming.find((s) => saysNotKnown(s) && s.includes('文号'))
  const usual = (basisAsked ? undefined : numberNotKnown) ?? naming.find((s) => !saysNotKnown(s)) ?? naming[0]
  // 文号是好多: that the number is not known answers it, whatever else the title sentence shares
  if (part.test('文号')) return usual
  const words = contentWords(question)
  const floor = usual ? sharedWith(words, usual) : 0
  const closest = naming
    .filter((s) => sharedWith(words, s) > floor)
    .sort((a, b) => sharedWith(words, b) - sharedWith(words, a))[0]
  return closest ?? usual
}
