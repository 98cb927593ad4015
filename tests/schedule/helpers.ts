// Fakes for the scheduler's own tests (recording actions, room port, cron driver) and the commands' harness.
import pino from 'pino'
import type { Db } from '../../handlers/types.js'
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
import { seedBranch, startChat } from '../support/chat.js'
import { ManualClock } from '../support/clock.js'

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

export const SECRETARY = { id: 'sec-1', name: '王书记' }

/**
 * A bound branch and its secretary on the real runtime (tests/support/chat.ts), whose scheduler registers
 * with a recording cron driver; `send` is the secretary typing a schedule command in the branch's group
 * (room-1, or the room of another branch from `newBranch`).
 */
export async function scheduleHarness(start: Date) {
  const clock = new ManualClock(start)
  const driver = new RecordingDriver()
  const chat = await startChat({ clock, cronDriver: driver })
  const branch = await seedBranch(chat, { name: '高场镇驻蓉流动党员支部', secretaries: [SECRETARY] })
  let rooms = 1
  /** Another branch with its own group, the same secretary. */
  async function newBranch(name = `支部${rooms + 1}`) {
    const room = `room-${++rooms}`
    return { room, branch: await seedBranch(chat, { name, room, secretaries: [SECRETARY] }) }
  }
  async function send(command: string, args: string, o: { room?: string } = {}) {
    const before = chat.sent.length
    const lastAudit = await chat.db.auditLog.findFirst({ orderBy: { id: 'desc' } })
    await chat.say(SECRETARY, `${command} ${args}`.trim(), { room: o.room ?? 'room-1' })
    const sent = chat.sent.slice(before)
    const rows = await chat.db.auditLog.findMany({
      where: { id: { gt: lastAudit?.id ?? 0 } },
      orderBy: { id: 'asc' },
    })
    const audits = rows.map((r) => `${r.command}:${r.result}${r.detail ? `:${r.detail}` : ''}`)
    return { reply: sent.map((m) => m.text).join('\n'), sent, audits }
  }
  return {
    chat,
    db: chat.db,
    branch,
    clock,
    driver,
    engine: chat.runtime.scheduler,
    newBranch,
    send,
    close: () => chat.stop(),
  }
}
