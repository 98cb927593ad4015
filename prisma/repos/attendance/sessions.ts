// Sessions (流动课堂 / 点名 / 支部党员大会) and their expected-list snapshot.
import type { Db } from '../../client.js'
import { Prisma, type AttendanceStatus, type SessionKind } from '../../generated/client.js'

export interface NewSession {
  branchId: number
  roomId: string
  kind: SessionKind
  topic: string
  openedBy: string
  openedAt: Date
  lateAfter: Date
  closesAt: Date
  scheduleId: number | null
}

export interface SnapshotRow {
  memberId: number
  status: AttendanceStatus
  reason: string | null
  via: string | null
}

const INSERT_CHUNK = 500

/**
 * Creates the session, its attendance rows and marks the pending leaves used, in one transaction.
 * Rows are copied from Member with INSERT … SELECT: createMany costs about 0.2 ms a row here (0.4 s for 2,000).
 */
export async function createSessionWithSnapshot(
  db: Db,
  s: NewSession,
  rows: SnapshotRow[],
  usedLeaveIds: number[],
) {
  return db.$transaction(async (tx) => {
    const session = await tx.session.create({ data: s })
    const ids = rows.map((r) => r.memberId)
    for (let i = 0; i < ids.length; i += INSERT_CHUNK) {
      const chunk = Prisma.join(ids.slice(i, i + INSERT_CHUNK))
      await tx.$executeRaw`INSERT INTO "Attendance" ("sessionId", "memberId", "status") SELECT ${session.id}, "id", 'expected' FROM "Member" WHERE "id" IN (${chunk})`
    }
    for (const r of rows.filter((x) => x.status !== 'expected'))
      await tx.attendance.updateMany({ where: { sessionId: session.id, memberId: r.memberId }, data: r })
    if (usedLeaveIds.length)
      await tx.pendingLeave.updateMany({ where: { id: { in: usedLeaveIds } }, data: { usedAt: s.openedAt } })
    return session
  })
}

// Rows come back in the order written on SQLite, in no fixed order on PostgreSQL: ask for one.
const inOrder = { orderBy: { id: 'asc' } } as const

export const findOpenSessions = (db: Db) =>
  db.session.findMany({
    where: { closedAt: null },
    orderBy: { id: 'asc' },
    include: { attendance: inOrder, guests: inOrder },
  })

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
    include: { attendance: inOrder, guests: inOrder, makeups: inOrder },
  })

/** Finished sessions only: an open one has members who may yet sign in. */
export const closedSessionsOfBranchSince = (db: Db, branchId: number, since: Date) =>
  db.session.findMany({
    where: { branchId, openedAt: { gte: since }, closedAt: { not: null } },
    orderBy: { openedAt: 'asc' },
    include: { attendance: true, guests: true, makeups: true },
  })
