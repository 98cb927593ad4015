// From a member's question to a short, cited, plain-text answer; logs every question.
import type OpenAI from 'openai'
import type { Config, Db } from '../types.js'
import { startOfShanghaiDay } from '../shanghai.js'
import {
  findCachedAnswer,
  logPolicyQuestion,
  recentQuestionsBy,
  tokensUsedSince,
  type NewPolicyQuestion,
  type PolicyMode,
} from '../../prisma/repos/policy/questions.js'
import { citationOf, type Article } from './kb.js'
import { looksLikeInjection, soundsLikePolicy } from './guard.js'
import { askModel, ModelUnavailable } from './model.js'
import { inventedNumbers } from './numbers.js'
import { markdownToPlain, shorten } from './plaintext.js'
import { retrieve, type Hit } from './retrieval.js'
import type { PolicyService } from './service.js'
import { fill } from './templates.js'

export interface AskDeps {
  db: Db
  llm: OpenAI | null
  llmConfig: Config['llm']
  now: Date
  service: PolicyService
}

export interface Asker {
  id: string
  roomId: string | null
}

export interface PolicyAnswer {
  /** null: stay silent (the member was already told to slow down). */
  text: string | null
  mode: PolicyMode
  citations: string[]
  tokens: number
}

const alwaysAllowedNumbers = '12333 12366'
const maxAnswerChars = 380
/** The system prompt tells the model to say this when the articles do not answer the question. */
const modelFoundNothing = /资料(里|中)?没有(这方面|相关)/

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
    answered: ['model', 'quote', 'cache'].includes(result.mode),
    latencyMs: Math.round(performance.now() - started),
    tokens: result.tokens,
    answer: result.text ?? '',
  } satisfies NewPolicyQuestion)
  return result
}

async function decide(deps: AskDeps, asker: Asker, question: string, key: string): Promise<PolicyAnswer> {
  const { service } = deps
  const replies = service.templates.replies
  const limited = await rateLimited(deps, asker.id)
  if (limited)
    return {
      text: limited === 'told' ? null : replies.ratelimited,
      mode: 'ratelimited',
      citations: [],
      tokens: 0,
    }
  const { answer: quote, hits } = groundedReply(service, question)
  if (hits.length === 0 || !deps.llm || !deps.llmConfig) return quote
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

/** The answer without a model: a refusal, or the best article quoted (hits empty when refused). */
export function groundedReply(
  service: PolicyService,
  question: string,
): { answer: PolicyAnswer; hits: Hit[] } {
  const replies = service.templates.replies
  if (looksLikeInjection(question)) return { answer: refusal(replies.injection, 'offtopic'), hits: [] }
  const hits = retrieve(service.index, question, service.retrieval)
  if (hits.length === 0) {
    const answer = soundsLikePolicy(question)
      ? refusal(replies.decline, 'declined')
      : refusal(replies.offtopic, 'offtopic')
    return { answer, hits }
  }
  return { answer: quoteAnswer(hits, service), hits }
}

function refusal(text: string, mode: PolicyMode): PolicyAnswer {
  return { text, mode, citations: [], tokens: 0 }
}

/** false, 'tell' (first refusal in the window) or 'told' (already refused: stay silent). */
async function rateLimited(deps: AskDeps, askerId: string): Promise<false | 'tell' | 'told'> {
  const { maxQuestions, windowMs } = deps.service.rateLimit
  const recent = await recentQuestionsBy(deps.db, askerId, new Date(deps.now.getTime() - windowMs))
  const counted = recent.filter((q) => q.mode !== 'ratelimited')
  if (counted.length < maxQuestions) return false
  return recent[0]?.mode === 'ratelimited' ? 'told' : 'tell'
}

function bodyOf(article: Article): { body: string; lowReliability: boolean } {
  const body = article.text
    .replace(/^示例知识库(，依据公开报道整理，以官方原文为准)?。/, '')
    .replace(/可靠性：[^\n]*$/, '')
    .trim()
  return { body, lowReliability: /可靠性：低/.test(article.text) }
}

function closing(hits: Hit[], service: PolicyService): string {
  const sample = hits.some((h) => h.article.doc.status === '示例') ? service.templates.replies.sample : ''
  return `${sample}${service.templates.replies.official}`
}

export function quoteAnswer(hits: Hit[], service: PolicyService): PolicyAnswer {
  const [best, ...others] = hits
  if (!best) throw new Error('quoteAnswer needs a hit')
  const { body, lowReliability } = bodyOf(best.article)
  const caution = lowReliability ? '（这条来源可靠性低，尚待核实）' : ''
  const also = others.length ? `另见：${citationOf(others[0]!.article)}\n` : ''
  const tail = `\n（出处：${citationOf(best.article)}）\n${also}${closing(hits, service)}`
  const text = `${shorten(body, maxAnswerChars - tail.length - caution.length)}${caution}${tail}`
  return { text, mode: 'quote', citations: hits.map((h) => h.article.id), tokens: 0 }
}

export function articlesBlock(hits: Hit[]): string {
  return hits
    .map((h) => `【${citationOf(h.article)}】（状态：${h.article.doc.status}）\n${h.article.text}`)
    .join('\n\n')
}

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
  try {
    const answer = await askModel({
      llm,
      model: cfg.model,
      timeoutMs: cfg.timeoutMs,
      system: service.templates.system,
      user: fill(service.templates.user, { articles: sources, question }),
      retries: service.retries,
      backoffMs: service.backoffMs,
      sleep: service.sleep,
    })
    const plain = markdownToPlain(answer.text)
    if (modelFoundNothing.test(plain))
      return { ...refusal(service.templates.replies.decline, 'declined'), tokens: answer.tokens }
    if (inventedNumbers(plain, `${sources} ${alwaysAllowedNumbers}`).length > 0)
      return { ...quote, tokens: answer.tokens }
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

function finishModelText(plain: string, hits: Hit[], service: PolicyService): string {
  const cites = hits.some((h) => plain.includes(h.article.doc.title))
  const citation = cites ? '' : `\n（出处：${citationOf(hits[0]!.article)}）`
  const tail = `${citation}\n${closing(hits, service)}`
  return `${shorten(plain, maxAnswerChars - tail.length)}${tail}`
}
