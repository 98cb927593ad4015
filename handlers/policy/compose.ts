// The answer without a model, answer first: the sentence that states the asked-for fact, then its conditions,
// then the source. When the knowledge base does not hold that fact, the first sentence says so and where to ask.
import {
  answersKindOf,
  askedKind,
  askedKinds,
  askingClause,
  concreteKinds,
  kindWords,
  localPlaceOf,
  saysNotKnown,
  sharesMeasure,
  withoutReferrals,
  type AnswerKind,
} from './intent.js'
import { citationOf, isLowReliability, type Article } from './kb.js'
import { shorten } from './plaintext.js'
import type { Hit } from './retrieval.js'
import { queryTokens, tokenize } from './tokenizer.js'

export interface Lead {
  /** The first sentence of the answer. */
  sentence: string
  /** The rest of the unit, in its order. */
  rest: string
  /** The asked-for fact is not in the knowledge base: the lead says so. */
  unknown: boolean
  kind: AnswerKind | null
}

/** Units that hold a local (内江) rule or leave the figure to each place. */
const localRule = /(内江|各地|由当地|当地规定)/

export function sentencesOf(text: string): string[] {
  return (
    text
      .match(/[^。！？\n]+[。！？]?/g)
      ?.map((s) => s.trim())
      .filter(Boolean) ?? []
  )
}

/** 按这个比例, 这个额度: a word that only refers back to the sentence before does not make a sentence match. */
const referringBack = /(这个|这些|这种|这部分|上述)\p{Script=Han}{2}/gu

function overlap(questionTerms: Set<string>, sentence: string): number {
  const own = sentence.replace(referringBack, '')
  return new Set(tokenize(own).filter((t) => questionTerms.has(t))).size
}

/**
 * Words that do not tell sentences apart: a figure the member states himself (个人最多才30万，现在涨到好多) is
 * what he knows, not what he asks (its measure counts instead); 年 and 月 cut out of 去年 or 三月份 name no fact;
 * 创业 is in nearly every question.
 */
const pickingTerm = (t: string) => !/\d/.test(t) && !['创业', '年', '月', '日'].includes(t)

/**
 * The question's words that tell the unit's sentences apart: not those every sentence has, nor those naming the
 * unit's topic in its heading (创业补贴 in 创业补贴怎么审批 says nothing about which sentence answers).
 */
function distinctive(terms: Set<string>, article: Article, sentences: string[]): Set<string> {
  if (sentences.length < 2) return terms
  const inAll = sentences
    .map((s) => new Set(tokenize(s)))
    .reduce((a, b) => new Set([...a].filter((t) => b.has(t))))
  const topic = new Set(tokenize(article.heading))
  return new Set([...terms].filter((t) => !inAll.has(t) && !topic.has(t)))
}

/** A unit is written answer first: on a tie in the question's words, its first sentence leads. */
const firstSentenceBonus = 0.5
/** A sentence whose figure is in the measure of the member's own figure (6个月 for 打了5个月工). */
const measureBonus = 1

function best(
  sentences: string[],
  terms: Set<string>,
  first: string | undefined,
  question = '',
): string | undefined {
  let top: string | undefined
  let topScore = -1
  for (const s of sentences) {
    const score =
      overlap(terms, s) +
      (s === first ? firstSentenceBonus : 0) +
      (sharesMeasure(question, s) ? measureBonus : 0)
    if (score > topScore) [top, topScore] = [s, score]
  }
  return top
}

/** The first kind the question asks that the unit states (or the main one, when it states none). */
function answerableKind(question: string, article: Article): AnswerKind | null {
  const kinds = askedKinds(question)
  const facts = withoutReferrals(article.text)
  return kinds.find((k) => answersKindOf(question, facts, k)) ?? kinds[0] ?? null
}

const statesFigure = /\d|[一二两三四五六七八九十百千]+(万|千|元|块|年|个月)/

/** The words of clauses that state a figure and do not ask the question's kind, less the asking clause's. */
function toldWords(question: string, kind: AnswerKind): Set<string> {
  const asking = askingClause(question, kind)
  const asked = new Set(tokenize(asking))
  const telling = question
    .split(/[，,。？?！!；;]/)
    .filter((c) => c.trim() && c !== asking && statesFigure.test(c))
  return new Set(telling.flatMap(tokenize).filter((t) => !asked.has(t)))
}

/** Picks the sentence that answers what was asked, from the unit that answers it. */
export function leadOf(question: string, article: Article): Lead {
  const sentences = sentencesOf(article.text)
  const kind = answerableKind(question, article)
  const { own, added } = queryTokens(question)
  const terms = new Set([...own, ...added])
  const pick = (sentence: string, unknown: boolean): Lead => ({
    sentence,
    rest: sentences.filter((s) => s !== sentence).join(''),
    unknown,
    kind,
  })
  if (!kind)
    return unaskedLead(sentences, distinctive(new Set(own.filter(pickingTerm)), article, sentences), pick)
  const concrete = concreteKinds.includes(kind)
  // a sentence saying that a fact of the asked kind is not known (多久到账，本库没有写明) competes with those
  // stating a fact of that kind
  const unknownOfKind = (s: string) => concrete && saysNotKnown(s) && askedKind(s) === kind
  const carrying = sentences.filter(
    (s) => answersKindOf(question, withoutReferrals(s), kind) || unknownOfKind(s),
  )
  // the member's own words only: a related word the synonym table added (额度 for 借多少) picks no sentence;
  // nor a word of a clause that tells what the member already knows (以前只能贷30万，现在好多)
  const told = toldWords(question, kind)
  const picking = new Set(own.filter((t) => pickingTerm(t) && !told.has(t)))
  const chosen = best(carrying, distinctive(picking, article, sentences), sentences[0], question)
  if (chosen) return pick(chosen, concrete && saysNotKnown(chosen) && overlap(terms, chosen) > 0)
  if (!concrete) return pick(sentences[0] ?? article.text, false)
  const notKnown = best(sentences.filter(saysNotKnown), terms, sentences[0])
  if (notKnown) return pick(notKnown, true)
  return {
    sentence: `本库资料里没有写明${kindWords[kind]}。`,
    rest: sentences.join(''),
    unknown: true,
    kind,
  }
}

/**
 * No kind of fact is asked (22条是哪一号文件): the sentence sharing the most of the member's words leads, the
 * first on a tie; when it says the fact is not known, the answer says so first.
 */
function unaskedLead(
  sentences: string[],
  terms: Set<string>,
  pick: (sentence: string, unknown: boolean) => Lead,
): Lead {
  const chosen = best(sentences, terms, sentences[0]) ?? ''
  return pick(chosen, saysNotKnown(chosen) && overlap(terms, chosen) > 0)
}

/** A question about a place's own rule, answered from a unit that does not speak for that place. */
function localGap(question: string, article: Article, kind: AnswerKind | null): string | null {
  const place = localPlaceOf(question)
  if (!place || !kind || !concreteKinds.includes(kind)) return null
  const generic = /^(你们|当地|本地|本|县里|县上|镇上|乡里|乡上|区上)/.test(place)
  if (!generic && article.text.includes(place)) return null
  // 镇上/县里 name a level, not a place's own rule: a unit that speaks of that level (乡镇…窗口) answers it
  const level = /^(县|镇|乡)(里|上)$/.exec(place)?.[1]
  if (level && withoutReferrals(article.text).includes(level)) return null
  return localRule.test(article.text) ? `本库没有${place}的${kindWords[kind]}` : `本库没有${place}自己的规定`
}

/**
 * The segmenter holds only the knowledge base's words, so a word it never saw comes out as single characters
 * (押金 → 押, 金): consecutive ones are read as one word.
 */
function wordsOf(tokens: string[]): string[] {
  const words: string[] = []
  let run = ''
  let afterWord = false
  for (const t of tokens) {
    // 担保 + 费: one character after a word makes a compound (担保费) the knowledge base may not speak of
    if (t.length === 1 && afterWord) words[words.length - 1] += t
    else if (t.length === 1) run += t
    else words.push(...(run ? [run] : []), t)
    afterWord = t.length > 1 || (afterWord && t.length === 1)
    if (t.length > 1) run = ''
  }
  return run ? [...words, run] : words
}

/** 要不要买保险, 有没有额外加钱: a yes/no question about whether something is needed or given. */
const whetherThere = /(要不要|需不需要|用不用|收不收|交不交|买不买|有没有|有不有)([^，,。？?！!；;]{1,10})/g

/**
 * The words of such a question's object that no unit speaks of (保险 in 贷款要不要买保险): the knowledge base
 * says nothing either way, so neither the unit's first sentence nor a no is the answer. '' when all are known.
 */
export function unknownTopic(question: string, knows: (word: string) => boolean): string {
  for (const m of question.matchAll(whetherThere)) {
    const unknown = wordsOf(tokenize(m[2] ?? ''))
      // 花钱, 多久: words that ask for a kind of fact, not things
      .filter((w) => w.length > 1 && !knows(w) && askedKind(w) === null)
      .join('')
    if (unknown) return unknown
  }
  return ''
}

/**
 * Where to look for a yes/no side question the knowledge base cannot answer: when the unit states the concrete
 * fact the question asks (要准备啥子材料？要不要本人去), the question up to that asking clause; a side clause after it
 * does not turn a found answer into "not known" (收不收担保费，收好多 still asks about 担保费 first).
 */
function whetherScope(question: string, lead: Lead): string {
  const answered = lead.kind !== null && !lead.unknown && concreteKinds.includes(lead.kind)
  if (!answered || !lead.kind) return question
  const clause = askingClause(question, lead.kind)
  const at = question.indexOf(clause)
  return at < 0 ? question : question.slice(0, at + clause.length)
}

export interface QuoteParts {
  text: string
  unknown: boolean
}

export interface QuoteWording {
  whereToAsk: string
  sampleNote: string
  officialNote: string
}

const maxAnswerChars = 380
const pointsSomewhere = /(12333|12366|请问|咨询)/

export function composeQuote(
  question: string,
  hits: Hit[],
  wording: QuoteWording,
  knows: (word: string) => boolean = () => true,
): QuoteParts {
  const [top, ...others] = hits
  if (!top) throw new Error('composeQuote needs a hit')
  const article = top.article
  const lead = leadOf(question, article)
  const topic = unknownTopic(whetherScope(question, lead), knows)
  const gap = localGap(question, article, lead.kind) ?? (topic ? `本库没有写明${topic}方面的规定` : null)
  const where = article.askWhere ? `请问${article.askWhere}。` : wording.whereToAsk
  let opening = lead.sentence
  if (gap) opening = `${gap}，${where}本库查到的是：${lead.sentence}`
  else if (lead.unknown && !pointsSomewhere.test(lead.sentence)) opening = `${lead.sentence}${where}`
  const caution = isLowReliability(article) ? '（这条来源可靠性低，尚待核实）' : ''
  const also = others[0] ? `另见：${citationOf(others[0].article)}\n` : ''
  const sample = hits.some((h) => h.article.doc.status === '示例') ? wording.sampleNote : ''
  const tail = `${caution}\n（出处：${citationOf(article)}）\n${also}${sample}${wording.officialNote}`
  const body = shorten(`${opening}${lead.rest}`, Math.max(maxAnswerChars - tail.length, opening.length))
  return { text: `${body}${tail}`, unknown: lead.unknown || gap !== null }
}
