// Fakes for the scheduler: recording actions, a recording room port, a recording cron driver.
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
import type { ManualClock } from '../support/clock.js'

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
