// The one way out: every message is persisted, then sent one at a time, seconds apart with jitter, under a
// daily cap. Messages still queued when the bot stops, or while the connection is down, are sent once it is
// back, except those that no longer make sense (past their expiry). Routine confirmations are folded into
// one message per window; near the cap, important messages go first.
import { z } from 'zod'
import type { Db } from '../../prisma/client.js'
import type {
  Clock,
  Config,
  Logger,
  OutgoingFile,
  OutgoingText,
  RoomPort,
  SendOptions,
} from '../../handlers/types.js'
import {
  claimBatchMates,
  claimOutbound,
  countPending,
  finishSent,
  insertOutbound,
  lastOfBatch,
  markExpired,
  markFailed,
  nextDueAt,
  nextSendable,
  releaseOutbound,
  releaseStaleClaims,
} from '../../prisma/repos/outbound/messages.js'
import { redactPersonalData } from '../core/redact.js'
import { batchKey, batchText, dueTime } from './batches.js'
import { DailyBudget } from './budget.js'
import { splitText } from './split-text.js'

export type Destination = { roomId: string } | { contactId: string }

export interface Sender {
  sendText(to: Destination, text: string, mentionIds: string[]): Promise<void>
  sendFile(contactId: string, file: OutgoingFile): Promise<void>
  sendImage(to: Destination, image: OutgoingFile): Promise<void>
}

export interface OutboundOptions {
  db: Db
  clock: Clock
  log: Logger
  limits: Config['outbound']
  /** Bot admins, told privately when routine replies are held near the daily cap. */
  adminIds?: string[]
  /** Whether the account can send right now (logged in and the gateway is talking). Default: always. */
  isOnline?: () => boolean
  sleep?: (ms: number) => Promise<void>
  random?: () => number
}

const MAX_ATTEMPTS = 3
const RECHECK_MS = 60_000
const STALE_CLAIM_MS = 5 * 60_000
const mentionList = z.array(z.string())

type Step = 'sent' | 'empty' | 'capped' | 'error' | 'taken' | 'offline' | 'skipped'
type Row = NonNullable<Awaited<ReturnType<typeof nextSendable>>>

export class OutboundQueue implements RoomPort {
  #sender: Sender | null = null
  #running = false
  #looping = false
  #wake: (() => void) | null = null
  /** Set by every enqueue, so one that lands while the loop is querying is not missed. */
  #signalled = false
  #idle: Array<() => void> = []
  #dueTimer: NodeJS.Timeout | null = null
  /** Routine messages wait behind the daily reserve (looked at again every minute, and at midnight). */
  #holding = false
  readonly #budget: DailyBudget
  readonly #sleep: (ms: number) => Promise<void>
  readonly #random: () => number

  constructor(private readonly o: OutboundOptions) {
    this.#sleep = o.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)))
    this.#random = o.random ?? Math.random
    this.#budget = new DailyBudget({
      ...o,
      tellAdmins: async (text, until) => {
        for (const id of o.adminIds ?? [])
          await this.sendToContact(id, text, { important: true, expiresAt: until })
      },
    })
  }

  sendToRoom(roomId: string, message: string | OutgoingText, options?: SendOptions): Promise<void> {
    return this.#enqueueText({ roomId }, message, options)
  }

  sendToContact(contactId: string, message: string | OutgoingText, options?: SendOptions): Promise<void> {
    return this.#enqueueText({ contactId }, message, options)
  }

  sendFileToContact(contactId: string, file: OutgoingFile): Promise<void> {
    return this.#enqueueFile({ contactId }, 'file', file)
  }

  sendImageToRoom(roomId: string, image: OutgoingFile): Promise<void> {
    return this.#enqueueFile({ roomId }, 'image', image)
  }

  sendImageToContact(contactId: string, image: OutgoingFile): Promise<void> {
    return this.#enqueueFile({ contactId }, 'image', image)
  }

  /** Files and pictures someone asked for (an export, a chart): paced and counted like any message. */
  async #enqueueFile(to: Destination, kind: 'file' | 'image', file: OutgoingFile): Promise<void> {
    await insertOutbound(this.o.db, [
      {
        conversationId: 'roomId' in to ? to.roomId : to.contactId,
        isRoom: 'roomId' in to,
        kind,
        text: file.name,
        filePath: file.path,
        important: true,
        createdAt: this.o.clock.now(),
      },
    ])
    this.#notify()
  }

  async #enqueueText(
    to: Destination,
    message: string | OutgoingText,
    options: SendOptions = {},
  ): Promise<void> {
    const m = typeof message === 'string' ? { text: message } : message
    const isRoom = 'roomId' in to
    const conversationId = isRoom ? to.roomId : to.contactId
    const createdAt = this.o.clock.now()
    const key = options.batch ? batchKey(options.batch, conversationId) : null
    const notBefore = key ? dueTime(createdAt, await lastOfBatch(this.o.db, key)) : null
    const chunks = key
      ? [m.text]
      : splitText(isRoom ? redactPersonalData(m.text) : m.text, this.o.limits.splitAt)
    await insertOutbound(
      this.o.db,
      chunks.map((text, i) => ({
        conversationId,
        isRoom,
        text,
        mentionIds: i === 0 && isRoom ? (m.mentionIds ?? []) : [],
        important: options.important === true,
        batchKey: key,
        notBefore,
        expiresAt: options.expiresAt ?? null,
        createdAt,
      })),
    )
    this.#notify()
  }

  #notify(): void {
    this.#signalled = true
    this.#wake?.()
  }

  /** The connection came back, or a batch window passed: look at the queue again. */
  wake(): void {
    this.#notify()
  }

  /** Starts sending through `sender` (at login, and again after a re-login); queued messages go first. */
  resume(sender: Sender): void {
    this.#sender = sender
    this.#running = true
    this.#notify()
    if (this.#looping) return
    this.#looping = true
    void releaseStaleClaims(this.o.db, new Date(this.o.clock.now().getTime() - STALE_CLAIM_MS))
      .then(() => this.#loop())
      .finally(() => (this.#looping = false))
  }

  /** Stops sending (logged out, or shutting down); messages stay queued. */
  pause(): void {
    this.#running = false
    this.#wake?.()
    if (this.#dueTimer) clearTimeout(this.#dueTimer)
  }

  pendingCount(): Promise<number> {
    return countPending(this.o.db)
  }

  /** Resolves once nothing can be sent right now (tests and orderly shutdown). */
  async idle(): Promise<void> {
    if (!this.#running || (this.#wake && !this.#signalled)) return
    await new Promise<void>((resolve) => this.#idle.push(resolve))
  }

  async #loop(): Promise<void> {
    while (this.#running) {
      this.#signalled = false
      const step = await this.#sendNext().catch((error: unknown): Step => {
        this.o.log.error({ err: error }, '发送队列出错，稍后重试')
        return 'error'
      })
      if (step === 'empty' || step === 'offline' || step === 'capped') await this.#waitForWork(step)
      else if (step === 'sent' || step === 'error') await this.#sleep(this.#gap())
    }
    this.#idle.splice(0).forEach((resolve) => resolve())
  }

  #gap(): number {
    return this.o.limits.minGapMs + Math.floor(this.#random() * this.o.limits.jitterMs)
  }

  async #waitForWork(step: Step): Promise<void> {
    if (step === 'empty') await this.#armDueTimer()
    if (step === 'capped' || this.#holding) this.#recheckIn(RECHECK_MS)
    // Checked after the awaits above: a message queued meanwhile must not wait for the next one.
    if (this.#signalled) return
    this.#idle.splice(0).forEach((resolve) => resolve())
    await new Promise<void>((resolve) => (this.#wake = resolve))
    this.#wake = null
  }

  /** A batch waiting for its window wakes the loop when the window ends. */
  async #armDueTimer(): Promise<void> {
    const now = this.o.clock.now()
    const due = await nextDueAt(this.o.db, now)
    if (due) this.#recheckIn(due.getTime() - now.getTime())
  }

  #recheckIn(ms: number): void {
    if (this.#dueTimer) clearTimeout(this.#dueTimer)
    this.#dueTimer = setTimeout(() => this.#notify(), Math.max(0, ms))
    this.#dueTimer.unref()
  }

  async #sendNext(): Promise<Step> {
    if (!this.#sender || (this.o.isOnline && !this.o.isOnline())) return 'offline'
    const allowance = await this.#budget.allowance()
    if (allowance === 'none') return 'capped'
    const now = this.o.clock.now()
    const item = await nextSendable(this.o.db, now, allowance === 'important-only')
    this.#holding =
      allowance === 'important-only' && !item && (await nextSendable(this.o.db, now, false)) !== null
    if (this.#holding) await this.#budget.routineHeld()
    if (!item) return 'empty'
    if (!(await claimOutbound(this.o.db, item.id, now))) return 'taken'
    if (item.expiresAt && item.expiresAt <= now) {
      await markExpired(this.o.db, item.id)
      this.o.log.info(
        { outboundId: item.id, expiresAt: item.expiresAt },
        '消息已过时（如点名已结束），不再发送',
      )
      return 'skipped'
    }
    return this.#deliver(item, this.#sender)
  }

  async #deliver(item: Row, sender: Sender): Promise<Step> {
    const now = this.o.clock.now()
    const file = { path: item.filePath ?? '', name: item.text }
    const to = item.isRoom ? { roomId: item.conversationId } : { contactId: item.conversationId }
    try {
      if (item.kind === 'file') await sender.sendFile(item.conversationId, file)
      else if (item.kind === 'image') await sender.sendImage(to, file)
      else {
        const mates = item.batchKey ? await claimBatchMates(this.o.db, item.id, item.batchKey, now) : []
        const text = item.batchKey
          ? batchText(
              item.batchKey,
              [item, ...mates].map((m) => m.text),
            )
          : item.text
        await sender.sendText(to, text, mentionList.parse(JSON.parse(item.mentionIds)))
      }
      await finishSent(this.o.db, item.id, this.o.clock.now(), item.attempts + 1)
      return 'sent'
    } catch (error) {
      return this.#failed(item, error)
    }
  }

  async #failed(item: Row, error: unknown): Promise<Step> {
    // Sending failed because the connection dropped: not the message's fault, it waits for the connection.
    if (this.o.isOnline && !this.o.isOnline()) {
      await releaseOutbound(this.o.db, item.id, { attempts: item.attempts })
      this.o.log.warn({ err: error, outboundId: item.id }, '连接中断，消息等重新连上后再发')
      return 'offline'
    }
    const attempts = item.attempts + 1
    const reason = String(error).slice(0, 500)
    if (attempts >= MAX_ATTEMPTS) await markFailed(this.o.db, item.id, attempts, reason)
    else await releaseOutbound(this.o.db, item.id, { attempts, error: reason })
    this.o.log.error(
      { err: error, outboundId: item.id, attempts },
      attempts >= MAX_ATTEMPTS ? '消息发送失败，已放弃' : '消息发送失败，将重试',
    )
    return 'error'
  }
}
