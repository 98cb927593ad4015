// Attendance through the real dispatcher (routing, roles, reply port, queue) on a real temp database, with every
// message the bot sends recorded. Roles come from the database and the configured bot admin, as in production.
import pino from 'pino'
import type { ChartRenderers } from '../../handlers/attendance/chart-commands.js'
import type { AttendanceDeps } from '../../handlers/attendance/index.js'
import { buildFeatures } from '../../handlers/index.js'
import type { Incoming, RoomPort } from '../../handlers/types.js'
import { ROOM, seedBranch, startChat, type Sent } from '../support/chat.js'

export { ROOM }
/** The configured bot admin (testConfig.botAdminIds). */
export const ADMIN = 'admin-1'

export interface Person {
  name: string
  contactId?: string
}

/** What one message made the bot send, shaped like the old recorded context (`ctx.out.sent`). */
export interface Reply {
  out: { sent: Sent[] }
  config: { dataDir: string }
  /** Audit log rows the command wrote, as `command:result[:detail]`. */
  audits: string[]
}

export interface HarnessOptions {
  name?: string
  makeupIncludesLeave?: boolean
  /** Chart renderers (default: the real ones). */
  charts?: ChartRenderers
}

export async function harness(people: Person[], options: HarnessOptions = {}) {
  const { charts, ...branchOptions } = options
  const chat = await startChat(charts ? { features: buildFeatures({ charts }) } : {})
  const branch = await seedBranch(chat, { members: people, ...branchOptions })
  const attendance = chat.runtime.features.attendance
  const nameOf = new Map(people.flatMap((p) => (p.contactId ? [[p.contactId, p.name] as const] : [])))

  async function send(talkerId: string, talkerName: string, text: string, extra: Partial<Incoming>) {
    const before = chat.sent.length
    const room = extra.roomId === undefined ? ROOM : extra.roomId
    const mentions = extra.mentions?.map((m) => ({ id: m.id, name: m.name }))
    await chat.say({ id: talkerId, name: talkerName }, text, {
      room,
      mentions,
      addressed: extra.addressed === true,
    })
    return chat.sent.slice(before)
  }

  /** Sends through the queue and waits until the message is out, so tests can look at it right away. */
  const out = chat.runtime.outbound
  const andWait =
    <A extends unknown[]>(send: (...args: A) => Promise<void>) =>
    async (...args: A) => {
      await send(...args)
      await out.idle()
    }
  const port: RoomPort = {
    sendToRoom: andWait(out.sendToRoom.bind(out)),
    sendToContact: andWait(out.sendToContact.bind(out)),
    sendFileToContact: andWait(out.sendFileToContact.bind(out)),
    sendImageToRoom: andWait(out.sendImageToRoom.bind(out)),
    sendImageToContact: andWait(out.sendImageToContact.bind(out)),
  }

  return {
    chat,
    db: chat.db,
    branch,
    clock: chat.clock,
    feature: attendance,
    sent: chat.sent,
    url: chat.url,
    dir: chat.dir,
    cleanup: () => chat.stop(),
    /** A message in the group. Returns whether the bot acted on it (it was not dropped as chatter). */
    async say(talkerId: string, talkerName: string, text: string, extra: Partial<Incoming> = {}) {
      const ignoredBefore = chat.runtime.drops.peek()['not-for-bot'] ?? 0
      await send(talkerId, talkerName, text, extra)
      return (chat.runtime.drops.peek()['not-for-bot'] ?? 0) === ignoredBefore
    },
    /** A command, by the bot admin unless another talker is given; roles come from the database. */
    async command(word: string, args = '', o: { talkerId?: string; msg?: Partial<Incoming> } = {}) {
      const talkerId = o.talkerId ?? ADMIN
      const text = `${word} ${args}`.trim()
      const lastAudit = await chat.db.auditLog.findFirst({ orderBy: { id: 'desc' } })
      const sent = await send(talkerId, nameOf.get(talkerId) ?? '书记', text, o.msg ?? {})
      const rows = await chat.db.auditLog.findMany({
        where: { id: { gt: lastAudit?.id ?? 0 } },
        orderBy: { id: 'asc' },
      })
      const audits = rows.map((r) => `${r.command}:${r.result}${r.detail ? `:${r.detail}` : ''}`)
      return { out: { sent }, config: chat.config, audits } satisfies Reply
    },
    deps(): AttendanceDeps {
      return { db: chat.db, clock: chat.clock, log: pino({ level: 'silent' }), out: port }
    },
    tick: () => chat.tick(),
    groupMessages: () => chat.sent.filter((s) => 'roomId' in s.to),
    privateTo: (contactId: string) =>
      chat.sent.filter((s) => 'contactId' in s.to && s.to.contactId === contactId),
  }
}

export type Harness = Awaited<ReturnType<typeof harness>>

/** Two classes on consecutive days: 张三 attends both, 李四 is on leave then present, 王五 misses both. */
export async function twoClasses(h: Harness) {
  await h.command('开课', '党章学习')
  await h.say('c-zs', '张三', '签到')
  await h.command('请假', '夜班', { talkerId: 'c-ls' })
  await h.command('结束')
  h.clock.advanceMinutes(60 * 24)
  await h.command('开课', '二十大精神')
  await h.say('c-zs', '张三', '签到')
  await h.say('c-ls', '李四', '签到')
  await h.command('结束')
}
