// Drives the attendance feature the way the router would, on a real temp database, recording every message sent.
import pino from 'pino'
import { createAttendance, type Attendance } from '../../handlers/attendance/index.js'
import type { ChartRenderers } from '../../handlers/attendance/chart-commands.js'
import type { AttendanceDeps } from '../../handlers/attendance/service.js'
import type { Db, HandlerSpec, Incoming, RoleName } from '../../handlers/types.js'
import { ManualClock } from '../support/clock.js'
import { fakeContext, incoming, RecordingPort, type Sent } from '../support/fake-context.js'
import { tempDatabase } from '../support/temp-db.js'

export const ROOM = 'room-1'
export const ADMIN = 'admin-1'

export interface Person {
  name: string
  contactId?: string
}

export interface HarnessOptions {
  name?: string
  makeupIncludesLeave?: boolean
  /** Chart renderers (default: the real ones). */
  charts?: ChartRenderers
}

export async function harness(people: Person[], options: HarnessOptions = {}) {
  const { charts, ...branchOptions } = options
  const temp = await tempDatabase()
  const db: Db = temp.db
  const branch = await db.branch.create({ data: { name: '测试支部', ...branchOptions } })
  await db.group.create({ data: { roomId: ROOM, topic: '测试群', branchId: branch.id, boundBy: ADMIN } })
  for (const p of people)
    await db.member.create({ data: { branchId: branch.id, name: p.name, contactId: p.contactId ?? null } })
  const clock = new ManualClock('2026-11-27T12:00:00Z')
  const feature: Attendance = createAttendance({ flushAfterMs: null, batchSize: 200 }, charts)
  const sent: Sent[] = []
  const log = pino({ level: 'silent' })

  async function memberOf(contactId: string) {
    return db.member.findFirst({ where: { branchId: branch.id, contactId } })
  }

  async function run(spec: HandlerSpec, msg: Partial<Incoming>, args: string, role: RoleName) {
    const ctx = fakeContext({
      db,
      clock,
      role,
      branch,
      member: await memberOf(msg.talkerId ?? 'contact-1'),
      msg,
      args,
      config: { dataDir: temp.dir },
    })
    await spec.run(ctx)
    sent.push(...ctx.out.sent)
    return ctx
  }

  return {
    db,
    branch,
    clock,
    feature,
    sent,
    url: temp.url,
    dir: temp.dir,
    cleanup: temp.cleanup,
    /** A message in the group; goes to the hear-handler when it claims it. Returns whether it was claimed. */
    async say(talkerId: string, talkerName: string, text: string, extra: Partial<Incoming> = {}) {
      const msg = incoming({ roomId: ROOM, talkerId, talkerName, text, at: clock.now(), ...extra })
      const spec = feature.handlers.find((h) => h.hears?.(msg))
      if (!spec) return false
      await run(spec, msg, text, 'member')
      return true
    },
    /** A command, by an admin unless said otherwise. */
    async command(
      word: string,
      args = '',
      o: { talkerId?: string; role?: RoleName; msg?: Partial<Incoming> } = {},
    ) {
      const spec = feature.handlers.find((h) => h.commands?.includes(word))
      if (!spec) throw new Error(`no handler for ${word}`)
      const talkerId = o.talkerId ?? ADMIN
      const msg = { roomId: ROOM, talkerId, text: `${word} ${args}`.trim(), at: clock.now(), ...o.msg }
      return run(spec, msg, args, o.role ?? 'secretary')
    },
    deps(): AttendanceDeps & { out: RecordingPort } {
      const out = new RecordingPort(() => incoming())
      const origin = out.sent
      return {
        db,
        clock,
        log,
        out: Object.assign(out, {
          async sendToRoom(roomId: string, m: Parameters<RecordingPort['sendToRoom']>[1]) {
            await RecordingPort.prototype.sendToRoom.call(out, roomId, m)
            sent.push(origin.at(-1)!)
          },
          async sendToContact(contactId: string, m: Parameters<RecordingPort['sendToContact']>[1]) {
            await RecordingPort.prototype.sendToContact.call(out, contactId, m)
            sent.push(origin.at(-1)!)
          },
        }),
      }
    },
    async tick() {
      await feature.tickSessions(this.deps(), clock.now())
    },
    groupMessages: () => sent.filter((s) => 'roomId' in s.to),
    privateTo: (contactId: string) => sent.filter((s) => 'contactId' in s.to && s.to.contactId === contactId),
  }
}

export type Harness = Awaited<ReturnType<typeof harness>>

/** Two classes on consecutive days: 张三 attends both, 李四 is on leave then present, 王五 misses both. */
export async function twoClasses(h: Harness) {
  await h.command('开课', '党章学习')
  await h.say('c-zs', '张三', '签到')
  await h.command('请假', '夜班', { talkerId: 'c-ls', role: 'member' })
  await h.command('结束')
  h.clock.advanceMinutes(60 * 24)
  await h.command('开课', '二十大精神')
  await h.say('c-zs', '张三', '签到')
  await h.say('c-ls', '李四', '签到')
  await h.command('结束')
}
