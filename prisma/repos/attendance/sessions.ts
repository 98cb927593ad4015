// Sessions (流动课堂 / 点名 / 支部党员大会) and their expected-list snapshot.
import type { Db } from '../../client.js'

export interface NewSession {
  branchId: number
  roomId: string
  kind: string
  topic: string
  openedBy: string
  openedAt: Date
  lateAfter: Date
  closesAt: Date
  scheduleId: number | null
}

export interface SnapshotRow {
  memberId: number
  status: string
  reason: string | null
  via: string | null
}

/** Creates the session, its attendance rows and marks the pending leaves used, in one transaction. */
export async function createSessionWithSnapshot(
  db: Db,
  s: NewSession,
  rows: SnapshotRow[],
  usedLeaveIds: number[],
) {
  return db.$transaction(async (tx) => {
    const session = await tx.session.create({ data: s })
    await tx.attendance.createMany({ data: rows.map((r) => ({ ...r, sessionId: session.id })) })
    if (usedLeaveIds.length)
      await tx.pendingLeave.updateMany({ where: { id: { in: usedLeaveIds } }, data: { usedAt: s.openedAt } })
    return session
  })
}

export const findOpenSessions = (db: Db) =>
  db.session.findMany({ where: { closedAt: null }, include: { attendance: true, guests: true } })

export const findOpenSessionInRoom = (db: Db, roomId: string) =>
  db.session.findFirst({ where: { roomId, closedAt: null } })

export const findLatestSession = (db: Db, branchId: number) =>
  db.session.findFirst({ where: { branchId }, orderBy: { openedAt: 'desc' } })

export const findSession = (db: Db, id: number) => db.session.findUnique({ where: { id } })

export async function closeSessionRow(db: Db, id: number, closedAt: Date, summary: string) {
  await db.$transaction([
    db.attendance.updateMany({ where: { sessionId: id, status: 'expected' }, data: { status: 'absent' } }),
    db.session.update({ where: { id }, data: { closedAt, summary } }),
  ])
}

export const markNudged = (db: Db, id: number, at: Date) =>
  db.session.update({ where: { id }, data: { nudgedAt: at } })

export const sessionsOfBranchSince = (db: Db, branchId: number, since: Date) =>
  db.session.findMany({
    where: { branchId, openedAt: { gte: since } },
    orderBy: { openedAt: 'asc' },
    include: { attendance: true, guests: true, makeups: true },
  })
