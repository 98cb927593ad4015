// Fakes for the scheduler: recording actions, a recording room port, a recording cron driver.
import pino from 'pino'
import type { Branch, Db, HandlerSpec } from '../../handlers/types.js'
import { scheduleHandlers } from '../../handlers/schedule/index.js'
import { runIn } from '../../bot/core/dispatch.js'
import type {
  ActionResult,
  ClassReminderRequest,
  MakeupReminderRequest,
  RollCallRequest,
  ScheduleActions,
} from '../../handlers/schedule/ports.js'
import type { CronDriver } from '../../bot/scheduler/cron-driver.js'
import { ScheduleEngine, type SchedulerOptions } from '../../bot/scheduler/engine.js'
import { createSchedule } from '../../prisma/repos/schedule/schedules.js'
import { ManualClock } from '../support/clock.js'
import { fakeContext } from '../support/fake-context.js'
import { tempDatabase } from '../support/temp-db.js'

export type ActionCall =
  | ({ action: 'openRollCall' } & RollCallRequest)
  | ({ action: 'remindClass' } & ClassReminderRequest)
  | ({ action: 'remindMakeups' } & MakeupReminderRequest)

export class RecordingActions implements ScheduleActions {
  readonly calls: ActionCall[] = []
  result: ActionResult = { ok: true }
  async openRollCall(request: RollCallRequest) {
    this.calls.push({ action: 'openRollCall', ...request })
    return this.result
  }
  async remindClass(request: ClassReminderRequest) {
    this.calls.push({ action: 'remindClass', ...request })
    return this.result
  }
  async remindMakeups(request: MakeupReminderRequest) {
    this.calls.push({ action: 'remindMakeups', ...request })
    return this.result
  }
}

export class RoomLog {
  readonly sent: { roomId: string; text: string }[] = []
  async sendToRoom(roomId: string, message: string | { text: string }) {
    this.sent.push({ roomId, text: typeof message === 'string' ? message : message.text })
  }
}

export class RecordingDriver implements CronDriver {
  readonly active = new Map<string, { expression: string; timeZone: string; onTick: () => void }>()
  register(expression: string, timeZone: string, onTick: () => void, name: string) {
    this.active.set(name, { expression, timeZone, onTick })
    return { stop: () => void this.active.delete(name) }
  }
}

export const silentLog = pino({ level: 'silent' })

export function engineFor(
  db: Db,
  clock: ManualClock,
  over: Partial<SchedulerOptions> = {},
): { engine: ScheduleEngine; actions: RecordingActions; rooms: RoomLog } {
  const actions = new RecordingActions()
  const rooms = new RoomLog()
  const engine = new ScheduleEngine({ db, clock, actions, out: rooms, log: silentLog, driver: null, ...over })
  return { engine, actions, rooms }
}

export async function makeBranch(db: Db, name = '高场镇驻蓉流动党员支部') {
  return db.branch.create({ data: { name } })
}

export function addRollCall(
  db: Db,
  branchId: number,
  cron: string,
  now: Date,
  over: { roomId?: string } = {},
) {
  return createSchedule(db, {
    branchId,
    roomId: over.roomId ?? 'room-1',
    kind: 'rollcall',
    phrase: cron,
    cron,
    runAt: null,
    topic: '学习交流',
    durationMinutes: 10,
    leadMinutes: 0,
    createdBy: 'admin-1',
    now,
  })
}

function handler(command: string): HandlerSpec {
  const spec = scheduleHandlers.find((h) => h.commands?.includes(command))
  if (!spec) throw new Error(`no handler for ${command}`)
  return spec
}

/**
 * A bound branch in a real temp database, a started engine on a recording cron driver, and `send`, which runs
 * a schedule command as the secretary in room-1 through its real handler.
 */
export async function scheduleHarness(start: Date) {
  const t = await tempDatabase()
  const db = t.db
  const branch = await makeBranch(db)
  const clock = new ManualClock(start)
  const driver = new RecordingDriver()
  const { engine, actions } = engineFor(db, clock, { driver })
  await engine.start()
  async function send(command: string, args: string, over: { branch?: Branch | null } = {}) {
    const ctx = fakeContext({
      db,
      clock,
      args,
      role: 'secretary',
      branch: over.branch === undefined ? branch : over.branch,
      msg: { text: `${command} ${args}`, talkerId: 'sec-1', roomId: 'room-1' },
      services: { schedules: engine },
    })
    await runIn(handler(command), ctx)
    return { reply: ctx.out.texts().join('\n'), sent: ctx.out.sent, audits: ctx.audits }
  }
  return {
    db,
    branch,
    clock,
    driver,
    engine,
    actions,
    send,
    async close() {
      await engine.stop()
      await t.cleanup()
    },
  }
}
