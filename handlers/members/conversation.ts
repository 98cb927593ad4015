// Private conversations the bot leads one question at a time (四个清楚, self-registration). The state lives in
// the database; this registry only remembers, for the dispatcher's synchronous `hears`, who is being asked.
import { z } from 'zod'
import type { Context, Db, PrivateContext, RoomPort } from '../types.js'
import {
  askingConversation,
  contactsBeingAsked,
  startConversation,
  updateConversation,
  type Conversation,
} from '../../prisma/repos/members/conversations.js'
import { QUESTIONS, type QuestionKey } from './questions.js'

export class AskingRegistry {
  readonly #asking = new Set<string>()

  /** At start, before messages flow: whoever was being asked before a restart still is. */
  async load(db: Db): Promise<void> {
    for (const id of await contactsBeingAsked(db)) this.#asking.add(id)
  }

  has(contactId: string): boolean {
    return this.#asking.has(contactId)
  }

  add(contactId: string): void {
    this.#asking.add(contactId)
  }

  delete(contactId: string): void {
    this.#asking.delete(contactId)
  }
}

const stepList = z.array(z.enum(Object.keys(QUESTIONS) as [QuestionKey, ...QuestionKey[]]))
export const stepsOf = (c: Pick<Conversation, 'steps'>): QuestionKey[] => stepList.parse(JSON.parse(c.steps))

const MAX_WRONG = 3
const PAUSE = /^(暂停|停|取消|退出|不填了|算了|以后再说)$/u
const SKIP = /^(跳过|不知道|不清楚)$/u

/** The question to ask now, with how many are left. */
export function questionText(steps: QuestionKey[]): string {
  const [first] = steps
  if (!first) return ''
  const left = steps.length > 1 ? `（还有${steps.length - 1}题）` : '（最后一题）'
  return `${QUESTIONS[first].ask}${left}`
}

export interface Finish {
  /** Stores one checked answer (四个清楚 write it to the member at once, so nothing is lost). */
  save(convo: Conversation, key: QuestionKey, value: string): Promise<void>
  /** Called after the last answer; returns the closing text. */
  finish(convo: Conversation): Promise<string>
  /** What the member sends to pick up again after a pause. */
  resumeWord: string
  /** Whether a question may be skipped. */
  skippable: boolean
}

/** Asks the first question of a conversation that has just started or resumes. */
export async function askCurrent(
  out: RoomPort,
  registry: AskingRegistry,
  convo: Conversation,
  intro: string,
): Promise<void> {
  registry.add(convo.contactId)
  await out.sendToContact(convo.contactId, `${intro}\n${questionText(stepsOf(convo))}`)
}

/** Picks up an unfinished conversation where it stopped (its answers and remaining questions kept). */
export async function resumeConversation(
  ctx: Pick<Context, 'db' | 'clock' | 'out'>,
  registry: AskingRegistry,
  convo: Conversation,
  intro: string,
): Promise<void> {
  const asking = await startConversation(ctx.db, {
    contactId: convo.contactId,
    branchId: convo.branchId,
    roomId: convo.roomId,
    memberId: convo.memberId,
    kind: convo.kind,
    state: 'asking',
    steps: convo.steps,
    answers: convo.answers,
    at: ctx.clock.now(),
  })
  await askCurrent(ctx.out, registry, asking, intro)
}

/** The member's reply to the question being asked. */
export async function takeAnswer(
  ctx: PrivateContext,
  registry: AskingRegistry,
  kinds: Record<Conversation['kind'], Finish>,
): Promise<void> {
  const contactId = ctx.msg.talkerId
  const convo = await askingConversation(ctx.db, contactId)
  if (!convo) {
    registry.delete(contactId)
    return ctx.out.reply('刚才的填写已经结束了。需要时私聊发送「填写信息」。')
  }
  const kind = kinds[convo.kind]
  const now = ctx.clock.now()
  const text = ctx.msg.text.trim()
  const steps = stepsOf(convo)
  const [current, ...rest] = steps
  if (PAUSE.test(text) || !current) {
    await updateConversation(ctx.db, convo.id, { state: 'paused', updatedAt: now })
    registry.delete(contactId)
    return ctx.out.reply(`好的，先停在这里，已填的都保存了。想继续时私聊发送「${kind.resumeWord}」。`)
  }
  if (kind.skippable && SKIP.test(text)) return next(ctx, registry, kind, convo, rest, '这题先跳过。')
  const checked = QUESTIONS[current].check(text)
  if (!checked.ok) return wrong(ctx, registry, kind, convo, checked.why, steps)
  await kind.save(convo, current, checked.value)
  await next(ctx, registry, kind, convo, rest, '已记下。')
}

async function next(
  ctx: PrivateContext,
  registry: AskingRegistry,
  kind: Finish,
  convo: Conversation,
  rest: QuestionKey[],
  lead: string,
): Promise<void> {
  const now = ctx.clock.now()
  const steps = JSON.stringify(rest)
  if (rest.length) {
    await updateConversation(ctx.db, convo.id, { steps, wrongTries: 0, updatedAt: now })
    return ctx.out.reply(`${lead}\n${questionText(rest)}`)
  }
  await updateConversation(ctx.db, convo.id, { steps, state: 'done', wrongTries: 0, updatedAt: now })
  registry.delete(convo.contactId)
  await ctx.out.reply(await kind.finish({ ...convo, steps }))
}

async function wrong(
  ctx: PrivateContext,
  registry: AskingRegistry,
  kind: Finish,
  convo: Conversation,
  why: string,
  steps: QuestionKey[],
): Promise<void> {
  const now = ctx.clock.now()
  const tries = convo.wrongTries + 1
  if (tries >= MAX_WRONG) {
    await updateConversation(ctx.db, convo.id, { state: 'paused', wrongTries: 0, updatedAt: now })
    registry.delete(convo.contactId)
    return ctx.out.reply(
      `${why}。先停在这里，已填的都保存了。想继续时私聊发送「${kind.resumeWord}」，也可以直接找书记。`,
    )
  }
  await updateConversation(ctx.db, convo.id, { wrongTries: tries, updatedAt: now })
  await ctx.out.reply(`${why}。\n${questionText(steps)}`)
}
