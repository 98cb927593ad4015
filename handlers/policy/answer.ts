// From a member's question to a short, cited, plain-text answer that states the asked-for fact first;
// logs every question.
import type OpenAI from 'openai'
import type { Config, Db } from '../types.js'
import { startOfShanghaiDay } from '../shanghai.js'
import {
  findCachedAnswer,
  logPolicyQuestion,
  tokensUsedSince,
  type NewPolicyQuestion,
  type PolicyMode,
} from '../../prisma/repos/policy/questions.js'
import { answeringOrder, composeQuote } from './wording/compose.js'
import { looksLikeInjection, otherMatterOf, outOfScope, soundsLikePolicy } from './gate/guard.js'
import { withoutAddressing } from './question/addressing.js'
import { withoutAskingManner } from './question/asking-manner.js'
import { answersKindOf, askedKind, type AnswerKind } from './question/intent.js'
import { citationOf } from './kb.js'
import { askModel, ModelUnavailable } from './llm-answer.js'
import { inventedNumbers } from './numbers.js'
import { markdownToPlain, shorten } from './plaintext.js'
import { checkLimit, whenText } from './rate-limit.js'
import { retrieve, type Hit } from './search/retrieval.js'
import { correctMiswritings, queryTokens, tokenize } from './search/tokenizer.js'
import type { PolicyService } from './service.js'
import { fill } from './templates.js'

export interface AskDeps {
  db: Db
  llm: OpenAI | null
  llmConfig: Config['llm']
  limits: Config['policyLimits']
  now: Date
  service: PolicyService
}

export interface Asker {
  id: string
  roomId: string | null
}

export interface PolicyAnswer {
  /** null: stay silent (the member was already told when to ask again). */
  text: string | null
  mode: PolicyMode
  citations: string[]
  tokens: number
}

const alwaysAllowedNumbers = '12333 12366'
const maxAnswerChars = 380
/** The system prompt tells the model to say this when the articles do not answer the question. */
const modelFoundNothing = /资料(里|中)?没有(这方面|相关)/
const answeredModes: PolicyMode[] = ['model', 'quote', 'cache']

export function questionKey(question: string, version: string): string {
  const norm = question
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '')
    .replace(/[吗呢吧啊呀嘛哦]+$/u, '')
  return `${version}:${norm}`
}

/** Phone and ID numbers never go to the model, the log or the admin list. */
export function maskPersonalNumbers(text: string): string {
  return text.replace(/\d{17}[\dXx]|\d{11,}/g, '[号码已隐藏]')
}

export async function answerPolicyQuestion(deps: AskDeps, asker: Asker, raw: string): Promise<PolicyAnswer> {
  const started = performance.now()
  const question = maskPersonalNumbers(raw)
  const key = questionKey(question, deps.service.version)
  const result = await decide(deps, asker, question, key)
  await logPolicyQuestion(deps.db, {
    at: deps.now,
    askerId: asker.id,
    roomId: asker.roomId,
    question: question.slice(0, 500),
    questionKey: key,
    citations: result.citations,
    mode: result.mode,
    answered: answeredModes.includes(result.mode),
    latencyMs: Math.round(performance.now() - started),
    tokens: result.tokens,
    answer: result.text ?? '',
  } satisfies NewPolicyQuestion)
  return result
}

async function decide(deps: AskDeps, asker: Asker, question: string, key: string): Promise<PolicyAnswer> {
  const { service } = deps
  const limit = await checkLimit(deps.db, asker, deps.now, deps.limits)
  if (limit.limited) {
    const template = asker.roomId
      ? service.templates.replies.ratelimitedGroup
      : service.templates.replies.ratelimited
    const silent = limit.alreadyTold && asker.roomId !== null
    return refusal(silent ? null : fill(template, { time: whenText(limit.again, deps.now) }), 'ratelimited')
  }
  const { answer: quote, hits } = groundedReply(service, question)
  if (quote.mode !== 'quote' || !deps.llm || !deps.llmConfig) return quote
  const cached = await findCachedAnswer(deps.db, key)
  if (cached)
    return {
      text: cached.answer,
      mode: 'cache',
      citations: JSON.parse(cached.citations) as string[],
      tokens: 0,
    }
  const used = await tokensUsedSince(deps.db, startOfShanghaiDay(deps.now))
  if (used >= deps.llmConfig.dailyTokenBudget) return quote
  return modelAnswer(deps, deps.llm, deps.llmConfig, question, hits, quote)
}

/**
 * The answer without a model: a refusal, the asked-for fact quoted from the best unit (mode `quote`), or a plain
 * statement that the knowledge base lacks it and where to ask (mode `unknown`). `hits` is empty when refused.
 */
export function groundedReply(service: PolicyService, asked: string): { answer: PolicyAnswer; hits: Hit[] } {
  const question = withoutAskingManner(withoutAddressing(correctMiswritings(asked)))
  const replies = service.templates.replies
  if (looksLikeInjection(question)) return { answer: refusal(replies.injection, 'offtopic'), hits: [] }
  const hits = answeringOrder(
    question,
    inScopeHits(question, retrieve(service.index, question, service.retrieval)),
  )
  if (hits.length === 0) {
    const answer = soundsLikePolicy(question)
      ? refusal(replies.decline, 'declined')
      : refusal(replies.offtopic, 'offtopic')
    return { answer, hits }
  }
  const wording = {
    whereToAsk: replies.whereToAsk,
    sampleNote: replies.sample,
    officialNote: replies.official,
  }
  const quote = composeQuote(question, hits, wording, service.index.knows)
  const answer: PolicyAnswer = {
    text: quote.text,
    mode: quote.unknown ? 'unknown' : 'quote',
    citations: hits.map((h) => h.article.id),
    tokens: 0,
  }
  return { answer, hits }
}

/**
 * Hits for another matter count only when the best one is a unit on that matter (社保转移 for 社保) and the
 * question shares more with it than the matter's name (社保断交了咋个补 is not about moving it).
 */
function inScopeHits(question: string, hits: Hit[]): Hit[] {
  if (!outOfScope(question)) return hits
  const matter = otherMatterOf(question)
  const top = hits[0]?.article
  if (!matter || !top?.heading.includes(matter)) return []
  const unitWords = new Set(tokenize(`${top.heading} ${top.text}`))
  const shared = queryTokens(question).own.filter(
    (t) => t.length > 1 && !t.includes(matter) && unitWords.has(t),
  )
  return shared.length > 0 ? hits : []
}

function refusal(text: string | null, mode: PolicyMode): PolicyAnswer {
  return { text, mode, citations: [], tokens: 0 }
}

export function articlesBlock(hits: Hit[]): string {
  return hits
    .map((h) => {
      const reliability = h.article.reliability ? `\n可靠性：${h.article.reliability}` : ''
      return `【${citationOf(h.article)}】（状态：${h.article.doc.status}）\n${h.article.text}${reliability}`
    })
    .join('\n\n')
}

const wantsInWords: Record<AnswerKind, string> = {
  amount: '金额或数量（多少钱、最多多少）',
  duration: '期限或时间（多久、几年、什么时候之前）',
  rate: '利率或比例',
  place: '去哪里办、找哪个部门、打什么电话',
  eligibility: '谁能办、符不符合条件',
  documents: '要准备哪些材料',
}

/** The first sentence of a model answer must carry the figure, date or place that was asked for. */
const mustLeadWith: AnswerKind[] = ['amount', 'duration', 'rate', 'place']

async function modelAnswer(
  deps: AskDeps,
  llm: OpenAI,
  cfg: NonNullable<Config['llm']>,
  question: string,
  hits: Hit[],
  quote: PolicyAnswer,
): Promise<PolicyAnswer> {
  const { service } = deps
  const sources = articlesBlock(hits)
  const corrected = correctMiswritings(question)
  const kind = askedKind(corrected)
  const wants = kind ? wantsInWords[kind] : '按问题回答'
  try {
    const answer = await askModel({
      llm,
      model: cfg.model,
      deadlineMs: cfg.timeoutMs,
      system: service.templates.system,
      user: fill(service.templates.user, { articles: sources, question, wants }),
      retries: service.retries,
      backoffMs: service.backoffMs,
      sleep: service.sleep,
    })
    const plain = markdownToPlain(answer.text)
    if (modelFoundNothing.test(plain))
      return { ...refusal(service.templates.replies.decline, 'declined'), tokens: answer.tokens }
    const invented = inventedNumbers(plain, `${sources} ${alwaysAllowedNumbers}`).length > 0
    const missesTheFact =
      kind !== null && mustLeadWith.includes(kind) && !answersKindOf(corrected, leadingSentence(plain), kind)
    if (invented || missesTheFact) return { ...quote, tokens: answer.tokens }
    return {
      text: finishModelText(plain, hits, service),
      mode: 'model',
      citations: quote.citations,
      tokens: answer.tokens,
    }
  } catch (e) {
    if (!(e instanceof ModelUnavailable)) throw e
    return { ...quote, tokens: e.tokens }
  }
}

/** The answer's first sentence; a short heading line (贷款额度) is read together with the line after it. */
export function leadingSentence(text: string): string {
  const [first = '', second = ''] = text.split(/[。！？\n]/).filter((s) => s.trim())
  return first.length < 10 ? `${first} ${second}` : first
}

function finishModelText(plain: string, hits: Hit[], service: PolicyService): string {
  const top = hits[0]
  const cites = hits.some((h) => plain.includes(h.article.doc.title))
  const citation = cites || !top ? '' : `\n（出处：${citationOf(top.article)}）`
  const sample = hits.some((h) => h.article.doc.status === '示例') ? service.templates.replies.sample : ''
  const tail = `${citation}\n${sample}${service.templates.replies.official}`
  return `${shorten(plain, maxAnswerChars - tail.length)}${tail}`
}
