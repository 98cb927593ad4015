// One incoming message, start to finish: kept in its chat's order, routed to one handler, checked against
// where and by whom the handler may be used, given its context and reply port, and run inside the one error
// boundary, so a failing handler never stops the others.
import type OpenAI from 'openai'
import type { Db } from '../../prisma/client.js'
import { writeAudit } from '../../prisma/repos/core/audit.js'
import type {
  Clock,
  Config,
  Context,
  HandlerSpec,
  Incoming,
  Logger,
  OutgoingText,
  ReplyPort,
  RoomPort,
  SendOptions,
  Services,
} from '../../handlers/types.js'
import type { DropCounter, DropReason } from './drops.js'
import { FileExpectations } from './file-expectations.js'
import type { Asker, People } from './people.js'

export interface DispatchDeps {
  db: Db
  clock: Clock
  config: Config
  log: Logger
  llm: OpenAI | null
  services: Services
  handlers: readonly HandlerSpec[]
  people: People
  out: RoomPort
  drops: DropCounter
  /** Whether this bot account acts on a message at all (several accounts may share a group). Default: yes. */
  gate?: Gate
}

export interface Gate {
  /** The moment a message reached this process (wall clock, comparable with other processes). */
  arrival(): number
  /** null: act on it. `replayed`: held back earlier, handed in again now that the group is this account's. */
  admit(msg: Incoming, arrivedAt: number, replayed: boolean): Promise<DropReason | null>
}

type Route = { spec: HandlerSpec; args: string; word: string; kind: 'command' | 'hear' | 'file' | 'fallback' }

const SEPARATOR = /^(?:$|[\s:：,，。!！?？])/
const ADMIN_ROLES = new Set(['botAdmin', 'secretary', 'committee'])

export class Dispatcher {
  readonly #chains = new Map<string, Promise<void>>()
  readonly #detached = new Set<Promise<void>>()
  readonly #files = new FileExpectations()
  readonly #words: Array<{ word: string; spec: HandlerSpec }>
  readonly #byId = new Map<string, HandlerSpec>()

  constructor(private readonly deps: DispatchDeps) {
    for (const spec of deps.handlers) {
      if (this.#byId.has(spec.id)) throw new Error(`handler id registered twice: ${spec.id}`)
      this.#byId.set(spec.id, spec)
    }
    this.#words = deps.handlers.flatMap((spec) => (spec.commands ?? []).map((word) => ({ word, spec })))
    const words = this.#words.map((w) => w.word)
    const twice = words.find((w, i) => words.indexOf(w) !== i)
    if (twice) throw new Error(`command word registered twice: ${twice}`)
    this.#words.sort((a, b) => b.word.length - a.word.length)
  }

  /**
   * Handles messages of one chat (`chatKey`) one after another, in the order they were received, while chats
   * run side by side. `message` may still be loading; null means the transport decided to skip it.
   */
  receive(
    chatKey: string,
    message: Incoming | null | Promise<Incoming | null>,
    o: { replayed?: boolean } = {},
  ): Promise<void> {
    const arrivedAt = this.deps.gate?.arrival() ?? 0
    const previous = this.#chains.get(chatKey) ?? Promise.resolve()
    const next = previous.then(async () => {
      const msg = await Promise.resolve(message).catch((error: unknown) => {
        this.deps.drops.count('load-failed')
        this.deps.log.error({ err: error, chat: chatKey }, '读取消息失败')
        return null
      })
      if (msg) await this.#handle(msg, arrivedAt, o.replayed === true)
    })
    this.#chains.set(chatKey, next)
    void next.finally(() => {
      if (this.#chains.get(chatKey) === next) this.#chains.delete(chatKey)
    })
    return next
  }

  busy(): boolean {
    return this.#chains.size > 0 || this.#detached.size > 0
  }

  /** Resolves when every received message has been handled (detached answers included). */
  async idle(): Promise<void> {
    while (this.#chains.size || this.#detached.size)
      await Promise.all([...this.#chains.values(), ...this.#detached])
  }

  async #handle(msg: Incoming, arrivedAt: number, replayed: boolean): Promise<void> {
    const log = this.deps.log.child({ msgId: msg.id, room: msg.roomId ?? 'private' })
    try {
      const dropped = await this.deps.gate?.admit(msg, arrivedAt, replayed)
      if (dropped) return this.deps.drops.count(dropped)
      const route = this.#route(msg)
      if (!route) return this.deps.drops.count(msg.file ? 'unexpected-file' : 'not-for-bot')
      const asker = await this.deps.people.resolve(msg)
      const ctx = this.#context(msg, route.args, asker, log)
      const run = () => this.#runGuarded(route, ctx)
      if (!route.spec.detached) return await run()
      const pending = run().finally(() => this.#detached.delete(pending))
      this.#detached.add(pending)
    } catch (error) {
      this.deps.drops.count('failed')
      log.error({ err: error }, '消息处理失败')
    }
  }

  #route(msg: Incoming): Route | null {
    if (msg.file) {
      const id = this.#files.take(msg, this.deps.clock.now())
      const spec = id ? this.#byId.get(id) : undefined
      return spec ? { spec, args: '', word: spec.id, kind: 'file' } : null
    }
    const command = this.#command(msg)
    if (command) return command
    const heard = this.deps.handlers.find((s) => s.hears?.(msg))
    if (heard) return { spec: heard, args: msg.text, word: heard.id, kind: 'hear' }
    if (!msg.addressed || msg.text === '') return null
    const spec = this.deps.handlers.find((s) => s.fallback)
    return spec ? { spec, args: msg.text, word: spec.id, kind: 'fallback' } : null
  }

  /**
   * The command a message starts with. The word must be followed by a separator or the end, so chatter such as
   * "结束了吗" is not the command 结束; when the bot is @-mentioned, "请假家里有事" is accepted as well.
   */
  #command(msg: Incoming): Route | null {
    for (const { word, spec } of this.#words) {
      if (!msg.text.startsWith(word)) continue
      const rest = msg.text.slice(word.length)
      if (!SEPARATOR.test(rest) && !msg.addressed) continue
      return { spec, word, args: rest.replace(/^[\s:：,，]+/, '').trim(), kind: 'command' }
    }
    return null
  }

  async #runGuarded(route: Route, ctx: Context): Promise<void> {
    const { spec } = route
    const quiet = route.kind === 'hear' && !ctx.msg.addressed
    try {
      const refusal = refusalFor(spec, ctx)
      if (refusal) {
        this.deps.drops.count('refused')
        if (spec.access === 'admin' && refusal.audited) await ctx.audit(route.word, 'denied', refusal.text)
        if (!quiet) await ctx.out.reply(refusal.text)
        return
      }
      await runIn(spec, ctx)
    } catch (error) {
      this.deps.drops.count('failed')
      ctx.log.error({ err: error, handler: spec.id }, '处理消息出错（其他功能不受影响）')
      if (spec.access === 'admin') await ctx.audit(route.word, 'error', String(error)).catch(() => {})
      if (!quiet) await ctx.out.reply('抱歉，刚才出了点问题，已记录。请稍后再试。').catch(() => {})
    }
  }

  #context(msg: Incoming, args: string, asker: Asker, log: Logger): Context {
    const { db, clock } = this.deps
    return {
      msg: { ...msg, mentions: asker.mentions },
      args,
      branch: asker.branch,
      member: asker.member,
      role: asker.role,
      isAdmin: ADMIN_ROLES.has(asker.role),
      db,
      clock,
      config: this.deps.config,
      log,
      llm: this.deps.llm,
      out: replyPort(this.deps.out, msg),
      services: this.deps.services,
      audit: async (command, result, detail = '') => {
        await writeAudit(db, {
          at: clock.now(),
          actorId: msg.talkerId,
          actorName: msg.talkerName,
          branchId: asker.branch?.id ?? null,
          roomId: msg.roomId,
          command,
          args: args.slice(0, 500),
          result,
          detail: detail.slice(0, 1000),
        })
      },
      expectFile: (handlerId) => this.#files.expect(msg, handlerId, clock.now()),
    }
  }
}

/** Replies to a message: to its group, or privately to the talker. */
export function replyPort(out: RoomPort, msg: Incoming): ReplyPort {
  const toTalker = (message: string | OutgoingText, options?: SendOptions) =>
    out.sendToContact(msg.talkerId, message, options)
  return {
    reply: (message, options) =>
      msg.roomId ? out.sendToRoom(msg.roomId, message, options) : toTalker(message, options),
    replyPrivately: toTalker,
    sendToRoom: (roomId, message, options) => out.sendToRoom(roomId, message, options),
    sendToContact: (contactId, message, options) => out.sendToContact(contactId, message, options),
    sendFileToContact: (contactId, file) => out.sendFileToContact(contactId, file),
    sendImageToRoom: (roomId, image) => out.sendImageToRoom(roomId, image),
    sendImageToContact: (contactId, image) => out.sendImageToContact(contactId, image),
  }
}

interface Refusal {
  text: string
  audited: boolean
}

const UNBOUND = '本群还没有绑定支部。请书记发送：绑定支部 <支部名称>'
const NO_BRANCH = '还不知道您属于哪个支部。请先在支部群里发送「报到 您的姓名」。'

function refusalFor(spec: HandlerSpec, ctx: Context): Refusal | null {
  const word = spec.commands?.[0] ?? ''
  const inGroup = ctx.msg.roomId !== null
  const groupOnly = spec.where === 'bound-group' || spec.where === 'any-group'
  if (groupOnly && !inGroup) return { text: `请在支部群里发送「${word}」。`, audited: false }
  if (spec.where === 'private' && inGroup) return { text: `「${word}」请私聊我发送。`, audited: false }
  if (spec.access === 'admin' && !ctx.isAdmin)
    return { text: `「${word}」仅限本支部书记、委员使用。`, audited: true }
  const needsBranch = spec.where === 'bound-group' || spec.where === 'branch'
  if (needsBranch && !ctx.branch) return { text: inGroup ? UNBOUND : NO_BRANCH, audited: false }
  if (spec.access === 'member' && !ctx.member && !ctx.isAdmin)
    return { text: '请先报到：在群里发送「报到 您的姓名」。', audited: false }
  return null
}

/** Hands the handler the context its registration promised; refusalFor has already checked it holds. */
async function runIn(spec: HandlerSpec, ctx: Context): Promise<void> {
  const { msg, branch } = ctx
  const roomId = msg.roomId
  switch (spec.where) {
    case 'anywhere':
      return spec.run(ctx)
    case 'branch':
      if (branch) return spec.run({ ...ctx, branch })
      return
    case 'private':
      if (roomId === null) return spec.run({ ...ctx, msg: { ...msg, roomId } })
      return
    case 'any-group':
      if (roomId !== null) return spec.run({ ...ctx, msg: { ...msg, roomId } })
      return
    case 'bound-group':
      if (roomId !== null && branch) return spec.run({ ...ctx, branch, msg: { ...msg, roomId } })
  }
}
