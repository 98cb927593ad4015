// Schedules, their fire claims and skip dates. Every function takes the client first; time comes in as data.
import type { Db } from '../../client.js'
import type { Schedule, ScheduleFire } from '../../generated/client.js'
import { isUniqueViolation } from '../unique-violation.js'

export type { Schedule, ScheduleFire }
export type FireStatus = 'claimed' | 'done' | 'missed' | 'skipped' | 'failed'

export interface NewSchedule {
  branchId: number
  roomId: string
  kind: string
  phrase: string
  cron: string | null
  runAt: Date | null
  /** Every N-th week (2 = 隔周), counted in 7-day blocks from weekAnchor (YYYY-MM-DD). */
  everyWeeks?: number | null
  weekAnchor?: string | null
  /** First day (YYYY-MM-DD) the schedule may fire. */
  startsOn?: string | null
  topic: string
  durationMinutes: number
  leadMinutes: number
  createdBy: string
  now: Date
}

export function createSchedule(db: Db, s: NewSchedule): Promise<Schedule> {
  const { now, ...data } = s
  return db.schedule.create({ data: { ...data, createdAt: now, activeSince: now } })
}

export function findSchedule(db: Db, id: number): Promise<Schedule | null> {
  return db.schedule.findUnique({ where: { id } })
}

/** A live (not cancelled) schedule of this branch, or null. */
export function findScheduleOfBranch(db: Db, branchId: number, id: number): Promise<Schedule | null> {
  return db.schedule.findFirst({ where: { id, branchId, deletedAt: null } })
}

export function listSchedulesOfBranch(db: Db, branchId: number): Promise<Schedule[]> {
  return db.schedule.findMany({ where: { branchId, deletedAt: null }, orderBy: { id: 'asc' } })
}

/** Schedules that should be registered: not cancelled, not paused. */
export function listActiveSchedules(db: Db): Promise<Schedule[]> {
  return db.schedule.findMany({ where: { deletedAt: null, paused: false }, orderBy: { id: 'asc' } })
}

export function cancelSchedule(db: Db, id: number, now: Date): Promise<Schedule> {
  return db.schedule.update({ where: { id }, data: { deletedAt: now } })
}

/** Resuming restarts catch-up from now: fires that fell in the pause are neither run nor reported. */
export function setSchedulePaused(db: Db, id: number, paused: boolean, now: Date): Promise<Schedule> {
  return db.schedule.update({ where: { id }, data: paused ? { paused } : { paused, activeSince: now } })
}

/** When a group's room id changes and an admin re-links it, its schedules follow. Returns how many moved. */
/** Accepts a transaction client too (迁移本群 moves sessions and schedules together). */
export async function moveSchedulesToRoom(
  db: Pick<Db, 'schedule'>,
  fromRoomId: string,
  toRoomId: string,
): Promise<number> {
  const { count } = await db.schedule.updateMany({
    where: { roomId: fromRoomId },
    data: { roomId: toRoomId },
  })
  return count
}

/**
 * Claims one (schedule, fire time). Returns false when the row exists already: another process or an
 * earlier trigger owns this fire, and the caller must do nothing.
 */
export async function claimFire(
  db: Db,
  c: { scheduleId: number; fireAt: Date; status: FireStatus; claimedBy: string; now: Date; detail?: string },
): Promise<boolean> {
  try {
    await db.scheduleFire.create({
      data: {
        scheduleId: c.scheduleId,
        fireAt: c.fireAt,
        status: c.status,
        claimedBy: c.claimedBy,
        claimedAt: c.now,
        detail: c.detail ?? '',
      },
    })
    return true
  } catch (error) {
    if (isUniqueViolation(error)) return false
    throw error
  }
}

export async function finishFire(
  db: Db,
  key: { scheduleId: number; fireAt: Date },
  status: FireStatus,
  detail = '',
): Promise<void> {
  await db.scheduleFire.update({
    where: { scheduleId_fireAt: key },
    data: { status, detail: detail.slice(0, 500) },
  })
}

export async function fireTimesSince(db: Db, scheduleId: number, from: Date): Promise<Set<number>> {
  const rows = await db.scheduleFire.findMany({
    where: { scheduleId, fireAt: { gt: from } },
    select: { fireAt: true },
  })
  return new Set(rows.map((r) => r.fireAt.getTime()))
}

export function listFires(db: Db, scheduleId: number): Promise<ScheduleFire[]> {
  return db.scheduleFire.findMany({ where: { scheduleId }, orderBy: { fireAt: 'asc' } })
}

/** Adds skip dates (`YYYY-MM-DD`); existing ones get the new reason. */
export async function addSkipDates(db: Db, branchId: number, dates: string[], reason: string): Promise<void> {
  await db.$transaction(
    dates.map((date) =>
      db.skipDate.upsert({
        where: { branchId_date: { branchId, date } },
        create: { branchId, date, reason },
        update: { reason },
      }),
    ),
  )
}

export async function removeSkipDates(db: Db, branchId: number, dates: string[]): Promise<number> {
  const { count } = await db.skipDate.deleteMany({ where: { branchId, date: { in: dates } } })
  return count
}

/** Skip dates from `fromDate` (inclusive, `YYYY-MM-DD`) on, as date → reason. */
export async function skipDatesFrom(
  db: Db,
  branchId: number,
  fromDate: string,
): Promise<Map<string, string>> {
  const rows = await db.skipDate.findMany({
    where: { branchId, date: { gte: fromDate } },
    orderBy: { date: 'asc' },
  })
  return new Map(rows.map((r) => [r.date, r.reason]))
}

export async function skipReason(db: Db, branchId: number, date: string): Promise<string | null> {
  const row = await db.skipDate.findUnique({ where: { branchId_date: { branchId, date } } })
  return row ? row.reason || '节假日' : null
}
