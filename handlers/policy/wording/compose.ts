// The answer without a model, answer first: the sentence that states the asked-for fact, then its conditions,
// then the source. When the knowledge base does not hold that fact, the first sentence says so and where to ask.
import {
  answersKindOf,
  askedKind,
  askedKinds,
  askingClause,
  clausesOf,
  concreteKinds,
  kindWords,
  namedPart,
  saysNotKnown,
  withoutReferrals,
  type AnswerKind,
} from '../question/intent.js'
import { alternativesOf, defines, meaningOf } from '../question/meaning.js'
import { pastFigureParts } from '../question/past-figures.js'
import { sharesMeasure } from '../question/measures.js'
import { sichuanPlacesIn } from '../question/places.js'
import { citationOf, isLowReliability, type Article } from '../kb.js'
import { shorten } from '../plaintext.js'
import type { Hit } from '../search/retrieval.js'
import { knownGap } from './gaps.js'
import { otherCityFigureGap } from './other-city.js'
import { localGap } from './local-gap.js'
import { namedSentence } from './named-sentence.js'
import { impliedAlternatives, statusSentence } from '../question/stated-status.js'
import { halfNamedAlternatives } from '../question/half-named.js'
import { saysSameGap, speaksOfAsked } from './gap-answered.js'
import { unknownObject, unknownWhether } from './unknowns.js'
import { queryTokens, tokenize } from '../search/tokenizer.js'

export interface Lead {
  /** The first sentence of the answer. */
  sentence: string
  /** The rest of the unit, in its order. */
  rest: string
  /** The asked-for fact is not in the knowledge base: the lead says so. */
  unknown: boolean
  kind: AnswerKind | null
}

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
const twoTopics = /\p{Script=Han}{2}(和|与|及)\p{Script=Han}{2}/u

function distinctive(terms: Set<string>, article: Article, sentences: string[]): Set<string> {
  if (sentences.length < 2) return terms
  const inAll = sentences
    .map((s) => new Set(tokenize(s)))
    .reduce((a, b) => new Set([...a].filter((t) => b.has(t))))
  // 所得税和六税两费减半: a heading naming two topics does not make either word common to the unit
  // (a unit saying what is not known keeps its heading out, so its not-known sentence does not lead on a topic word)
  const twoFacts = twoTopics.test(article.heading) && !sentences.some(saysNotKnown)
  const topic = twoFacts ? new Set<string>() : new Set(tokenize(article.heading))
  return new Set([...terms].filter((t) => !inAll.has(t) && !topic.has(t)))
}

/** A unit is written answer first: on a tie in the question's words, its first sentence leads. */
const firstSentenceBonus = 0.5
/**
 * A sentence whose figure is in the measure of the member's own figure (6个月 for 打了5个月工), or naming the
 * member's own city (内江市农民工服务中心 for 我是内江东兴区的), gets this much.
 */
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
      (sharesMeasure(question, s) ? measureBonus : 0) +
      (sichuanPlacesIn(question).some((p) => s.includes(p)) ? measureBonus : 0)
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

/**
 * The words of clauses that state a figure and do not ask the question's kind, and of parts stating a figure
 * from the past (以前最多30万，现在提到好多了), less the words of what is left of the asking clause.
 */
function toldWords(question: string, kind: AnswerKind): Set<string> {
  const asking = askingClause(question, kind)
  const clauses = clausesOf(question)
  const pastParts = pastFigureParts(question)
  const rest = pastParts.reduce((a, p) => a.replace(p, ''), asking)
  const asked = new Set(tokenize(rest))
  const telling = [...clauses.filter((c) => c !== asking && statesFigure.test(c)), ...pastParts]
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
  const classified = classifiedLead(question, sentences)
  if (classified) return { ...pick(classified, false), rest: sentences.join('') }
  // 我是城镇户口，算不算: the condition on what the member states of himself
  const status = kind === null || kind === 'eligibility' ? statusSentence(question, sentences) : undefined
  if (status) return pick(status, false)
  // 户口在广元，在成都开的店，我这种算啥子: the definition his story fits, as if he had named both words
  const implied = impliedAlternatives(question, sentences)
  const fitted =
    implied && (kind === null || kind === 'eligibility') && classifiedLead(question, sentences, implied)
  if (fitted) return { ...pick(fitted, false), rest: sentences.join('') }
  const named = namedSentence(question, sentences)
  if (named) return pick(named, saysNotKnown(named))
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
  // a sentence saying another fact is not known (审批要多少天，本库没有写明) does not answer 几个担保人
  const notKnown = best(
    sentences.filter((s) => saysNotKnown(s) && overlap(terms, withoutReferrals(s)) > 0),
    terms,
    sentences[0],
  )
  if (notKnown) return pick(notKnown, true)
  return {
    sentence: `本库资料里没有写明${kindWords[kind]}。`,
    rest: sentences.join(''),
    unknown: true,
    kind,
  }
}

/**
 * A figure, date or place that states the asked-for fact outright; a sentence carrying the kind only by a word
 * (拨付贴息 for a rate, 期限 without a figure) states it weakly.
 */
const statesOutright: Record<AnswerKind, RegExp> = {
  amount: /\d|[零一二两三四五六七八九十百千]+(亿|万|千)?(元|亩|名|人|家|户|条|项)/,
  duration: /\d|[半一二两三四五六七八九十]+(个月|年|天)/,
  rate: /LPR|基点|\d+(\.\d+)?\s*[%％]|百分之|减半|免息|无息|零利息|不要利息|不收利息/,
  place: /./,
  eligibility: /./,
  documents: /./,
}
/** A sentence that carries the asked-for kind only weakly counts this much of one that states it outright. */
const weakCarrierFit = 0.5
/**
 * How well a unit answers the question by the sentence that would lead its answer: 0 when that sentence does not
 * carry the asked-for kind (or says it is not known), less when it and the whole unit carry it only by a word.
 */
export function answerFit(question: string, article: Article): number {
  const kind = askedKind(question)
  const part = namedPart(question)
  if (!kind && !part) return 0
  const lead = leadOf(question, article)
  if (lead.unknown) return 0
  const sentence = withoutReferrals(lead.sentence)
  if (part) return part.test(sentence) ? 1 : 0
  if (!kind || !concreteKinds.includes(kind) || !answersKindOf(question, sentence, kind)) return 0
  // 按这个比例贴息 leads a unit stating 50%: the unit states it outright
  const outright = [sentence, withoutReferrals(article.text)].some((t) => statesOutright[kind].test(t))
  return outright ? 1 : weakCarrierFit
}

/**
 * The retrieved units in answering order: the one whose leading sentence carries the asked-for kind best, by its
 * retrieval score (which already holds the other-scheme and other-year penalties) times that fit, comes first.
 * The ranking is kept when none carries it, when the best unit itself says the asked fact is not known, and when
 * the question asks a word's meaning or which of two words fits.
 */
export function answeringOrder(question: string, hits: Hit[]): Hit[] {
  const [first] = hits
  if (!first || hits.length < 2 || meaningOf(question).length > 0 || alternativesOf(question)) return hits
  // the best unit says in its own words that what is asked is not known (30万到50万那一截怎么贴息，本库没有取得
  //原文): that is the answer, not a neighbouring unit's figure for another part
  const lead = leadOf(question, first.article)
  if (lead.unknown && first.article.text.includes(lead.sentence)) return hits
  let chosen: Hit | undefined
  let top = 0
  for (const h of hits) {
    const score = h.score * answerFit(question, h.article)
    if (score > top) [chosen, top] = [h, score]
  }
  return chosen ? [chosen, ...hits.filter((h) => h !== chosen)] : hits
}

/** A clause of `sentences` that defines `word` (回户籍地登记创业的叫返乡). */
function definingClause(sentences: string[], word: string): string | undefined {
  return sentences.flatMap((s) => s.split(/[，,；;。]/)).find((c) => defines(c, word))
}

/**
 * What a member's story says about where he set up (没回老家, 在外地注册, 回老家开的): each cue, and the words of a
 * defining clause it fits.
 */
const storyCues: [RegExp, RegExp][] = [
  [
    /(没|没有|不|未|不是)(回|在)\p{Script=Han}{0,2}?(老家|家乡|户籍地|原籍|村里|屋头)|外地|外县|外市|别的地方|其他地方|别处|异地|另外.{0,2}地方/u,
    /其他地方|外地|异地/,
  ],
  [
    /(?<![没不未有]|不是)(回|回到|返回)了?\p{Script=Han}{0,4}?(老家|家乡|户籍地|原籍|村里|屋头)|(?<![没不未有])回来/u,
    /回户籍地|回老家|回家乡/,
  ],
]

/** The story places the business elsewhere than the member's home (没回老家, 户口在宜宾，在成都开店). */
function elsewhere(question: string): boolean {
  const [away, home] = storyCues.map(([cue]) => cue.test(question))
  return away === true || (home === false && sichuanPlacesIn(question).length > 1)
}

/** Which of two asked words the member's story fits, by the clauses defining them; null when it does not tell. */
function fittingWord(question: string, clauses: [string, string][]): [string, string] | null {
  const told = storyCues.filter(([cue]) => cue.test(question)).map(([, fitting]) => fitting)
  // 户口在宜宾乡下，在成都开店: with no other cue, two places of Sichuan named say the business is elsewhere
  if (told.length === 0 && sichuanPlacesIn(question).length > 1) told.push(/其他地方/)
  const fits = clauses.filter(([, clause]) => told.some((fitting) => fitting.test(clause)))
  return fits.length === 1 ? (fits[0] ?? null) : null
}

/**
 * 这种算返乡还是入乡: the definition applied to the member's story (…属于入乡：首次在省内其他地方登记创业的叫入乡), or,
 * when the story does not tell, the sentence defining the first word asked.
 */
function classifiedLead(
  question: string,
  sentences: string[],
  implied: [string, string] | null = null,
): string | undefined {
  const words = implied ?? alternativesOf(question) ?? halfNamedAlternatives(question, sentences)
  if (!words) return undefined
  const clauses = words.flatMap((w): [string, string][] => {
    const clause = definingClause(sentences, w)
    return clause ? [[w, clause]] : []
  })
  if (clauses.length === 0) return undefined
  const fit = fittingWord(question, clauses)
  // unasked, only a story placing the business elsewhere than home classes him (回来开店 is the usual case)
  if (implied)
    return fit && elsewhere(question) ? `按这里的说法，你这种情况属于${fit[0]}：${fit[1]}。` : undefined
  if (fit) return `按这里的说法，你这种情况属于${fit[0]}：${fit[1]}。`
  return sentences.find((s) => defines(s, clauses[0]?.[0] ?? ''))
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

/**
 * Where to look for a yes/no side question the knowledge base cannot answer: when the unit states the concrete
 * fact the question asks (要准备啥子材料？要不要本人去), the question up to that asking clause; a side clause after it
 * does not turn a found answer into "not known" (收不收担保费，收好多 still asks about 担保费 first).
 */
function whetherScope(question: string, lead: Lead): string {
  // 搬设备有莫得补贴？搬回来要不要重新办照: the first question, answered, wins over a side question after it
  const firstAsked = /^[^？?]+[？?]/.exec(question)?.[0]
  if (!lead.unknown && firstAsked && firstAsked.length < question.trim().length) return firstAsked
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
  const scope = whetherScope(question, lead)
  // a gap on words of an object the lead sentence speaks of (免抵押 for 要不要拿房产证抵押) does not lead
  const answered = (asked: string) => !lead.unknown && speaksOfAsked(asked, lead.sentence, knows)
  const found = unknownWhether(scope, knows)
  const whether = found && !answered(found.asked) ? found : null
  const thing = found ? '' : unknownObject(scope, knows)
  const object = answered(thing.replace(/方面的规定$/, '')) ? '' : thing
  const local = localGap(question, article, lead.kind, lead)
  // a detail known to be missing (二十二条第十条, 点哪个按钮, 好多天到账) comes before any word-level reading,
  // unless the lead already says that same detail is not known (its own sentence, naming the office to ask)
  const known = knownGap(question) || otherCityFigureGap(question, lead.sentence)
  const ownUnknown =
    lead.unknown && (!article.text.includes(lead.sentence) || saysSameGap(known, lead.sentence))
  const missing = (ownUnknown ? '' : known) || whether?.asked || object
  const unasked = missing ? `本库没有写明${missing}` : null
  const gap = local?.asked ? local.text : unasked
  const where = article.askWhere ? `请问${article.askWhere}。` : wording.whereToAsk
  let opening = lead.sentence
  if (gap) opening = `${gap}，${where}本库查到的是：${lead.sentence}`
  else if (lead.unknown && !pointsSomewhere.test(lead.sentence)) opening = `${lead.sentence}${where}`
  // a place named in the member's story: the fact first, then that the place's own rule is not in the base
  if (local && !local.asked) opening = `${opening}${local.text}，${where}`
  const caution = isLowReliability(article) ? '（这条来源可靠性低，尚待核实）' : ''
  const also = others[0] ? `另见：${citationOf(others[0].article)}\n` : ''
  const sample = hits.some((h) => h.article.doc.status === '示例') ? wording.sampleNote : ''
  const tail = `${caution}\n（出处：${citationOf(article)}）\n${also}${sample}${wording.officialNote}`
  const body = shorten(`${opening}${lead.rest}`, Math.max(maxAnswerChars - tail.length, opening.length))
  return { text: `${body}${tail}`, unknown: lead.unknown || gap !== null }
}
