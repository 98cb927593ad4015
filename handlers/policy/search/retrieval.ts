// Offline retrieval: BM25 (minisearch) over jieba tokens of each unit's heading, text and the ways members ask
// about it, with the synonym expansion on the query side; then the unit that holds the asked-for kind of fact
// wins over one that only shares topic words.
import MiniSearch from 'minisearch'
import {
  answersKindOf,
  askedKind,
  askingClause,
  concreteKinds,
  namedPart,
  withoutPurpose,
  withoutReferrals,
  yesNoFocus,
} from '../question/intent.js'
import { alternativesOf, defines, meaningOf } from '../question/meaning.js'
import { sharesMeasure } from '../question/measures.js'
import { withoutPastFigures } from '../question/past-figures.js'
import { answersFirmTerms } from '../question/borrower.js'
import { buildDomainLexicon, type DomainLexicon } from '../gate/domain.js'
import {
  asksYear,
  documentAsked,
  namesOtherDocument,
  otherYear,
  withoutGuessedDocument,
} from './document-match.js'
import { soundsLikePolicy } from '../gate/guard.js'
import type { Article, KnowledgeBase } from '../kb.js'
import { toldHome } from '../question/home-or-business.js'
import { toldBusiness } from '../question/business-told.js'
import { withoutHearsay } from '../question/hearsay.js'
import { withoutAsides } from '../question/asides.js'
import { guessedOnlyGroups } from '../question/only-group.js'
import { laterAskTerms } from '../question/later-asks.js'
import {
  familiesIn,
  namesOtherFamily,
  namesOtherScheme,
  schemesByAlias,
  schemesIn,
  silentOnScheme,
} from './scheme-names.js'
import { silentOnSchemeAsked } from './scheme-document.js'
import { fullNumbersOf, withFullNumbers } from './short-numbers.js'
import { statesAttribute } from '../question/stated-status.js'
import { toldDoneSpans } from '../question/story.js'
import { withoutToldSums } from '../question/told-figures.js'
import { withoutCarriedPapers } from './handed-in.js'
import { instalmentFactor } from './instalments.js'
import { hasSynonyms, queryTokens, tokenize, useVocabulary } from './tokenizer.js'

export interface Hit {
  article: Article
  /** Ranking score: BM25, raised when the unit holds the asked-for kind of fact. */
  score: number
  /** Plain BM25, which the trust threshold is checked against. */
  bm25?: number
}

export interface RetrievalOptions {
  /** Below this score the best hit is not trusted and the bot declines. */
  minScore: number
  /** Further hits are kept only when they score at least this share of the best one. */
  relativeCut: number
  limit: number
}

export const defaultRetrieval: RetrievalOptions = { minScore: 12, relativeCut: 0.6, limit: 3 }

const addedTermWeight = 0.6
const titleBoost = 0.3
/** Words nearly every question and unit share here (the whole base is about returning home to start up). */
const sharedTerms = new Set(['返乡', '回乡', '回老家', '老家', '回家', '下乡', '入乡', '农民工', '四川'])
const sharedTermWeight = 0.3
/** A thing the member tells he already has (营业执照也办好了) weighs this much: his story, not his subject. */
const toldTermWeight = 0.2
/** A word only a later ask of another kind says (去哪办 要多久批下来: 批下来) weighs this much. */
const laterAskWeight = 0.4
/** Below the relative cut, a unit holding the asked-for kind the best one lacks is kept down to this share. */
const kindCut = 0.5
/** A unit whose text holds the asked-for kind of fact scores this much more. */
const kindBoost = 0.6
/** A unit that defines the word whose meaning is asked (算不算返乡, 入乡是啥意思). */
const definitionBoost = 1
/** For each rare question word that another candidate contains and this one does not. */
const missingRareTermPenalty = 0.75
/** A unit that speaks of what a yes/no question asks about (开网店，能贷款吗 → the loan unit, not the 电商 one). */
const focusBoost = 0.5
/** A unit with a figure in the measure of the member's own figure (6个月 for 打了5个月工). */
const measureBoost = 0.5
/** A unit headed by a firm's loan conditions, for a firm asking them. */
const firmTermsBoost = 1.5
/** A unit whose heading names another scheme than the one asked about (领补贴的证明 for a loan question). */
const otherSchemePenalty = 0.4
/** How many BM25 results are re-ranked by kind. */
const rerankDepth = 8

/**
 * Words that say what a member wants to do with a topic, not which topic: a unit matched by these alone
 * does not answer the question (低保怎么申请 shares only 申请 with the knowledge base).
 */
const weakTerms = new Set(
  (
    '申请 办理 流程 怎么办 部门 窗口 咨询 电话 条件 时间 多少钱 好多 好多钱 额度 金额 期限 最高 最多 补 钱 给 拿 领 交 ' +
    '问 找 算 能 证明 材料 要求 标准 规定 办法 手续 资料 多长 多久 几年 几天 年 月 万 元 个 点 叫 名字 还是 谁'
  ).split(/\s+/),
)

export interface PolicyIndex {
  kb: KnowledgeBase
  search(question: string, limit?: number): Hit[]
  /** Whether any unit speaks of `word` (in its heading, text or the ways members ask about it). */
  knows(word: string): boolean
}

interface IndexedArticle {
  id: string
  heading: string
  text: string
  asks: string
  title: string
}

export function buildIndex(kb: KnowledgeBase): PolicyIndex {
  useVocabulary(kb.vocabulary)
  const byId = new Map(kb.articles.map((a) => [a.id, a]))
  const wordsOf = new Map(kb.articles.map((a) => [a.id, new Set(tokenize(`${a.heading} ${a.text}`))]))
  const mini = new MiniSearch<IndexedArticle>({
    fields: ['heading', 'text', 'asks', 'title'],
    tokenize,
    processTerm: (t) => t,
    searchOptions: { boost: { heading: 2.5, text: 1, asks: 1.2, title: titleBoost }, combineWith: 'OR' },
  })
  mini.addAll(
    kb.articles.map((a) => ({
      id: a.id,
      heading: `${a.label} ${a.heading}`,
      text: withoutReferrals(a.text),
      asks: a.asks.join('；'),
      title: a.doc.title,
    })),
  )
  const said = kb.articles.map((a) => `${a.heading} ${a.text} ${a.asks.join(' ')}`)
  const saidWords = said.map(tokenize)
  const known = new Set(saidWords.flat())
  const lexicon = buildDomainLexicon(saidWords, kb.vocabulary)
  const allText = said.join(' ')
  const fullNumbers = fullNumbersOf(allText)
  return {
    kb,
    knows: (word) => known.has(word) || hasSynonyms(word) || allText.includes(word),
    search(typed, limit = 5) {
      // 川办规6号: the number as the knowledge base writes it, with its year
      const question = withFullNumbers(typed, fullNumbers)
      const { own, added } = queryTokens(
        withoutToldSums(
          withoutCarriedPapers(
            withoutPastFigures(
              withoutPurpose(withoutGuessedDocument(withoutHearsay(withoutAsides(question)))),
            ),
            askedKind(question) === 'place',
          ),
        ),
      )
      if (own.length + added.length === 0) return []
      const ownSet = new Set(own)
      const wordOf = wordsOfQuery([...own, ...added])
      // 入乡是啥意思: the word whose meaning is asked is the topic, even one every question shares
      const meant = new Set(meaningOf(question).flatMap(tokenize))
      const shared = (term: string) => sharedTerms.has(term) && !meant.has(term)
      const told = toldTermsOf(question)
      const later = laterAskTerms(question)
      const weightOf = (term: string) =>
        shared(term)
          ? sharedTermWeight
          : told.has(term)
            ? toldTermWeight
            : later.has(term)
              ? laterAskWeight
              : ownSet.has(term)
                ? 1
                : addedTermWeight
      const results = mini
        .search([...own, ...added].join(' '), { tokenize: (s) => s.split(' '), boostTerm: weightOf })
        .filter((r) => !r.queryTerms.every((t) => weakTerms.has(t)))
        .map((r) => ({
          ...r,
          base: (r.score / r.queryTerms.length) * matchQuality(r, weightOf, wordOf, shared),
        }))
        .sort((a, b) => b.base - a.base)
        .slice(0, rerankDepth)
      const rare = rareTerms(results.map((r) => r.queryTerms))
      const asked = new Set([...schemesIn(own), ...schemesByAlias(question)])
      const askedFamilies = familiesIn(own.join(' '))
      // 我2019年回来的，22条是哪年出的: the years of a question asking a year are the member's story
      const years = asksYear.test(question) ? [] : (question.match(/20\d\d/g) ?? [])
      const namedDoc = documentAsked(question)
      const holdsFocus = focusHolder(focusTerms(question), wordsOf)
      // a question in the policy's own words (贷, 补贴, 开个店) may match a unit by any content word; other
      // questions only by a domain word of their own
      const content = (t: string) => isContentTerm(t) || meant.has(t)
      const matches = soundsLikePolicy(question) ? content : anchors(ownSet, lexicon)
      const hits = results.flatMap((r) => {
        const article = byId.get(String(r.id))
        if (!article || !r.queryTerms.some(matches)) return []
        const missing = rare.filter((t) => !r.queryTerms.includes(t)).length
        const focused = holdsFocus(article.id)
        const score =
          r.base *
          kindFactor(question, article) *
          missingRareTermPenalty ** missing *
          (focused ? 1 + focusBoost : 1) *
          (comparesFigure(question, article) || statesAttribute(question, article) ? 1 + measureBoost : 1) *
          (answersFirmTerms(question, article.heading) ? 1 + firmTermsBoost : 1) *
          (namesOtherScheme(asked, article) ||
          silentOnScheme(asked, `${article.heading} ${article.text}`) ||
          namesOtherFamily(askedFamilies, article) ||
          otherYear(years, article) ||
          namesOtherDocument(question, article) ||
          silentOnSchemeAsked(question, article)
            ? otherSchemePenalty
            : 1)
        return [{ article, score, bm25: r.score }]
      })
      // 22条的全名: when the named document has a candidate, units of other documents do not answer
      const ofNamed = hits.filter((h) => namedDoc !== null && h.article.doc.title.includes(namedDoc))
      return (ofNamed.length > 0 ? ofNamed : hits).sort((a, b) => b.score - a.score).slice(0, limit)
    },
  }
}

/** The words of what the member tells he already has or did, less those the rest of the question also says. */
function toldTermsOf(question: string): Set<string> {
  const spans = [
    ...toldDoneSpans(question),
    ...toldHome(question),
    ...toldBusiness(question),
    ...guessedOnlyGroups(question),
  ]
  if (spans.length === 0) return new Set()
  const all = (text: string) => {
    const { own, added } = queryTokens(text)
    return [...own, ...added]
  }
  const rest = new Set(all(spans.reduce((q, s) => q.replace(s, ' '), question)))
  return new Set(all(spans.join(' ')).filter((t) => !rest.has(t)))
}

/**
 * MiniSearch multiplies a unit's score by how many query terms it matched, each counting 1: 返乡 matched only in
 * a document's title then lifts every unit of that document over the others, and 加工厂 counts three times. Here
 * each word of the question counts once, at its weight; a word found only in the title counts as little as the
 * title does, and the words every question shares (返乡, 农民工) do not count.
 */
function matchQuality(
  r: { queryTerms: string[]; match: Record<string, string[]> },
  weightOf: (term: string) => number,
  wordOf: (term: string) => string,
  shared: (term: string) => boolean,
): number {
  const words = new Map<string, number>()
  for (const term of r.queryTerms) {
    const fields = r.match[term] ?? []
    const titleOnly = fields.length > 0 && fields.every((f) => f === 'title')
    const weight = (shared(term) ? 0 : weightOf(term)) * (titleOnly ? titleBoost : 1)
    const word = wordOf(term)
    words.set(word, Math.max(words.get(word) ?? 0, weight))
  }
  return [...words.values()].reduce((a, b) => a + b, 0)
}

/**
 * Search mode cuts 加工厂 into 加工, 工厂 and 加工厂: the parts count as one word of the question (the longest
 * query term that contains them), so a unit does not rank higher for matching three parts of one word.
 */
function wordsOfQuery(terms: string[]): (term: string) => string {
  const longestFirst = [...terms].sort((a, b) => b.length - a.length)
  const word = new Map(terms.map((t) => [t, longestFirst.find((w) => w.includes(t)) ?? t]))
  return (term) => word.get(term) ?? term
}

/**
 * A word that can say what a question is about: not a weak or shared word, not one character (分 in 上分 matched
 * 分财政支持; the single characters that do name a topic, 贷 and 税, are expanded to 贷款 and 税收).
 */
function isContentTerm(term: string): boolean {
  return term.length > 1 && !weakTerms.has(term) && !sharedTerms.has(term)
}

/**
 * A word that makes a question about this domain: the member's own word (not one the synonym table added: 机器人
 * holds 机器, which is not 设备), not a weak word, and a domain word of the knowledge base (抖音, 公司, 银行 and
 * 机器 are everyday words; 贷款, 执照, 农民工 are not).
 */
function anchors(own: Set<string>, lexicon: DomainLexicon): (term: string) => boolean {
  return (term) => own.has(term) && term.length > 1 && !weakTerms.has(term) && lexicon.isDomainWord(term)
}

/**
 * Question words only one or two of the candidates contain (户口 in 外省户口能领补贴吗): they say which of several
 * units on the same topic is meant.
 */
function rareTerms(matched: string[][]): string[] {
  const counts = new Map<string, number>()
  for (const terms of matched) for (const t of new Set(terms)) counts.set(t, (counts.get(t) ?? 0) + 1)
  return [...counts]
    .filter(([t, n]) => n <= 2 && matched.length > n && !weakTerms.has(t) && !sharedTerms.has(t))
    .map(([t]) => t)
}

/** Whether a unit speaks of all the words a yes/no question asks about. */
function focusHolder(focus: string[], wordsOf: Map<string, Set<string>>): (id: string) => boolean {
  return (id) => focus.length > 0 && focus.every((t) => wordsOf.get(id)?.has(t))
}

/** The words a yes/no question asks about (能贷款吗 → 贷款), in the documents' words. */
function focusTerms(question: string): string[] {
  const focus = yesNoFocus(question)
  if (!focus) return []
  const { own } = queryTokens(focus)
  return own.filter((t) => !weakTerms.has(t) && !sharedTerms.has(t))
}

/** 打了5个月工，算不算: a member's own figure, in a question whether it qualifies, meets the unit's threshold. */
function comparesFigure(question: string, article: Article): boolean {
  return askedKind(question) === 'eligibility' && sharesMeasure(question, article.text)
}

/** A unit that defines the word whose meaning is asked (…的叫入乡 for 入乡是啥意思) holds the answer. */
function kindFactor(question: string, article: Article): number {
  const text = withoutReferrals(article.text)
  // 算返乡还是入乡: a unit defining both words tells which one fits
  const both = alternativesOf(question)
  if (both?.every((w) => defines(text, w))) return 1 + 2 * definitionBoost
  if (meaningOf(question).some((w) => defines(text, w))) return 1 + definitionBoost
  // 哪个单位发的: the part named (the sentence saying who issued it), not the kind (a place), says which unit answers
  const part = namedPart(question)
  const answers = part ? part.test(text) : answersKindOf(question, text)
  return (answers ? 1 + kindBoost : 1) * instalmentFactor(question, text)
}

/** How many hits below the limit are looked at for one holding the asked-for kind. */
const lowerDepth = 2

/** The hits worth answering from, or [] when even the best one is too weak. */
export function retrieve(
  index: PolicyIndex,
  question: string,
  o: RetrievalOptions = defaultRetrieval,
): Hit[] {
  // a unit holding the asked-for kind may be found a little lower than the limit
  const hits = index.search(question, o.limit + lowerDepth)
  const best = hits[0]
  if (!best) return []
  // a unit defining the word whose meaning is asked is trusted however common that word is (返乡是啥意思)
  const defining = meaningOf(question).some((w) => defines(withoutReferrals(best.article.text), w))
  if (!defining && (best.bm25 ?? best.score) < o.minScore) return []
  // 材料交到哪里: when the best unit lacks the figure, date or place asked for, a unit holding it is kept from lower down
  const kind = askedKind(question)
  const facts = (h: Hit) => withoutReferrals(h.article.text)
  const lacking = kind !== null && concreteKinds.includes(kind) && !answersKindOf(question, facts(best))
  // 我是重庆户籍，能领不: likewise a unit stating the condition on what the member tells of himself, which then leads
  const holdsAttribute = (h: Hit) => statesAttribute(question, h.article)
  const attributeLacking = !holdsAttribute(best)
  const kept = (h: Hit) =>
    h.score >= best.score * o.relativeCut ||
    (h.score >= best.score * kindCut &&
      ((lacking && answersKindOf(question, facts(h))) || (attributeLacking && holdsAttribute(h))))
  const ordered = answeringFirst(question, hits.filter(kept))
  const stating = attributeLacking ? ordered.find(holdsAttribute) : undefined
  const answering = stating ? [stating, ...ordered.filter((h) => h !== stating)] : ordered
  return answering.slice(0, o.limit)
}

/**
 * When the best hit lacks the figure, date or place asked for and a kept one has it, that one answers; but not
 * when it lacks a question word the best hit has (创业担保贷款多久能放款: the loan term is not how long 放款
 * takes, and the answer should say the knowledge base does not have that).
 */
function answeringFirst(question: string, hits: Hit[]): Hit[] {
  const kind = askedKind(question)
  const [best] = hits
  const facts = (h: Hit) => withoutReferrals(h.article.text)
  if (!best || !kind || !concreteKinds.includes(kind) || answersKindOf(question, facts(best))) return hits
  // the words of the clause that asks it (公司贷款能贷几年，到期要还清不: 到期 belongs to the second question)
  const told = toldTermsOf(question)
  const asked = queryTokens(askingClause(question, kind)).own.filter(
    (t) => !weakTerms.has(t) && !sharedTerms.has(t) && !told.has(t),
  )
  const bestWords = new Set(tokenize(best.article.text))
  const distinctive = asked.filter((t) => bestWords.has(t))
  const answering = hits.find((h) => {
    if (!answersKindOf(question, facts(h), kind)) return false
    const words = new Set(tokenize(`${h.article.heading} ${h.article.text}`))
    return distinctive.every((t) => words.has(t))
  })
  return answering ? [answering, ...hits.filter((h) => h !== answering)] : hits
}
