// The one way out: every message is persisted, then sent one at a time, seconds apart with jitter, under a
// daily cap. Messages still queued when the bot stops are sent after it starts again.
import { z } from 'zod'
import type { Db } from '../../prisma/client.js'
import type { Clock, Config, Logger, OutgoingFile, OutgoingText, RoomPort } from '../../handlers/types.js'
import { startOfShanghaiDay } from '../../handlers/shanghai.js'
import { redactPersonalData } from '../core/redact.js'
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
  sleep?: (ms: number) => Promise<void>
  random?: () => number
}

const MAX_ATTEMPTS = 3
const mentionList = z.array(z.string())

export class OutboundQueue implements RoomPort {
  #sender: Sender | null = null
  #running = false
  #wake: (() => void) | null = null
  /** Set by every enqueue, so one that lands while the loop is querying is not missed. */
  #signalled = false
  #idle: Array<() => void> = []
  #capWarnedFor = ''
  readonly #sleep: (ms: number) => Promise<void>
  readonly #random: () => number

  constructor(private readonly o: OutboundOptions) {
    this.#sleep = o.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)))
    this.#random = o.random ?? Math.random
  }

  sendToRoom(roomId: string, message: string | OutgoingText): Promise<void> {
    return this.enqueueText({ roomId }, message)
  }

  sendToContact(contactId: string, message: string | OutgoingText): Promise<void> {
    return this.enqueueText({ contactId }, message)
  }

  sendFileToContact(contactId: string, file: OutgoingFile): Promise<void> {
    return this.enqueueFile(contactId, file)
  }

  sendImageToRoom(roomId: string, image: OutgoingFile): Promise<void> {
    return this.enqueueImage({ roomId }, image)
  }

  sendImageToContact(contactId: string, image: OutgoingFile): Promise<void> {
    return this.enqueueImage({ contactId }, image)
  }

  async enqueueText(to: Destination, message: string | OutgoingText): Promise<void> {
    const m = typeof message === 'string' ? { text: message } : message
    const isRoom = 'roomId' in to
    const text = isRoom ? redactPersonalData(m.text) : m.text
    const chunks = splitText(text, this.o.limits.splitAt)
    const createdAt = this.o.clock.now()
    await this.o.db.outboundMessage.createMany({
      data: chunks.map((chunk, i) => ({
        conversationId: isRoom ? to.roomId : to.contactId,
        isRoom,
        text: chunk,
        mentionIds: JSON.stringify(i === 0 && isRoom ? (m.mentionIds ?? []) : []),
        createdAt,
      })),
    })
    this.#notify()
  }

  async enqueueFile(contactId: string, file: OutgoingFile): Promise<void> {
    await this.o.db.outboundMessage.create({
      data: {
        conversationId: contactId,
        isRoom: false,
        kind: 'file',
        text: file.name,
        filePath: file.path,
        createdAt: this.o.clock.now(),
      },
    })
    this.#notify()
  }

  /** A picture (a PNG the handler saved under the data dir): queued, paced and counted like any message. */
  async enqueueImage(to: Destination, image: OutgoingFile): Promise<void> {
    const isRoom = 'roomId' in to
    await this.o.db.outboundMessage.create({
      data: {
        conversationId: isRoom ? to.roomId : to.contactId,
        isRoom,
        kind: 'image',
        text: image.name,
        filePath: image.path,
        createdAt: this.o.clock.now(),
      },
    })
    this.#notify()
  }

  #notify(): void {
    this.#signalled = true
    this.#wake?.()
  }

  /** Starts sending through `sender` (at login, and again after a re-login); queued messages go first. */
  resume(sender: Sender): void {
    this.#sender = sender
    if (this.#running) return
    this.#running = true
    void this.#resumeInterrupted().then(() => this.#loop())
  }

  /** A message claimed but not confirmed when the bot stopped is sent again (at least once beats never). */
  async #resumeInterrupted(): Promise<void> {
    const stale = new Date(this.o.clock.now().getTime() - 5 * 60_000)
    await this.o.db.outboundMessage.updateMany({
      where: { status: 'sending', claimedAt: { lt: stale } },
      data: { status: 'pending' },
    })
  }

  /** Stops sending (logged out, or shutting down); messages stay queued. */
  pause(): void {
    this.#running = false
    this.#wake?.()
  }

  async pendingCount(): Promise<number> {
    return this.o.db.outboundMessage.count({ where: { status: { in: ['pending', 'sending'] } } })
  }

  /** Resolves once nothing is pending (tests and orderly shutdown). */
  async idle(): Promise<void> {
    if ((await this.pendingCount()) === 0) return
    await new Promise<void>((resolve) => this.#idle.push(resolve))
  }

  async #loop(): Promise<void> {
    while (this.#running) {
      this.#signalled = false
      const sent = await this.#sendNext().catch((error: unknown) => {
        this.o.log.error({ err: error }, '发送队列出错，稍后重试')
        return 'error' as const
      })
      if (sent === 'empty') {
        if (this.#signalled) continue
        this.#idle.splice(0).forEach((resolve) => resolve())
        await new Promise<void>((resolve) => (this.#wake = resolve))
        this.#wake = null
      } else if (sent === 'taken') {
        continue
      } else if (sent === 'capped') {
        await this.#sleep(60_000)
      } else {
        await this.#sleep(this.o.limits.minGapMs + Math.floor(this.#random() * this.o.limits.jitterMs))
      }
    }
  }

  async #sendNext(): Promise<'sent' | 'empty' | 'capped' | 'error' | 'taken'> {
    const item = await this.o.db.outboundMessage.findFirst({
      where: { status: 'pending' },
      orderBy: { id: 'asc' },
    })
    if (!item || !this.#sender) return 'empty'
    if (await this.#capReached()) return 'capped'
    // Claim it first: a second bot process on the same database must not send it too.
    const { count } = await this.o.db.outboundMessage.updateMany({
      where: { id: item.id, status: 'pending' },
      data: { status: 'sending', claimedAt: this.o.clock.now() },
    })
    if (count === 0) return 'taken'
    try {
      const to = item.isRoom ? { roomId: item.conversationId } : { contactId: item.conversationId }
      if (item.kind === 'file')
        await this.#sender.sendFile(item.conversationId, { path: item.filePath ?? '', name: item.text })
      else if (item.kind === 'image')
        await this.#sender.sendImage(to, { path: item.filePath ?? '', name: item.text })
      else await this.#sender.sendText(to, item.text, mentionList.parse(JSON.parse(item.mentionIds)))
      await this.o.db.outboundMessage.update({
        where: { id: item.id },
        data: { status: 'sent', sentAt: this.o.clock.now(), attempts: item.attempts + 1 },
      })
      return 'sent'
    } catch (error) {
      const attempts = item.attempts + 1
      const failed = attempts >= MAX_ATTEMPTS
      await this.o.db.outboundMessage.update({
        where: { id: item.id },
        data: { attempts, status: failed ? 'failed' : 'pending', error: String(error).slice(0, 500) },
      })
      this.o.log.error(
        { err: error, outboundId: item.id, attempts },
        failed ? '消息发送失败，已放弃' : '消息发送失败，将重试',
      )
      return 'error'
    }
  }

  async #capReached(): Promise<boolean> {
    const dayStart = startOfShanghaiDay(this.o.clock.now())
    const sentToday = await this.o.db.outboundMessage.count({ where: { sentAt: { gte: dayStart } } })
    if (sentToday < this.o.limits.dailyCap) return false
    const key = dayStart.toISOString()
    if (this.#capWarnedFor !== key) {
      this.#capWarnedFor = key
      this.o.log.error(
        { dailyCap: this.o.limits.dailyCap },
        '今日发送已达上限，其余消息明天继续发送（防止微信限制账号）。如需调整请设置 OUTBOUND_DAILY_CAP',
      )
    }
    return true
  }
}
