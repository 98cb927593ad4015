// Attendance marks and guests, written in batches (one transaction per batch).
import type { Db } from '../../client.js'

export interface MarkRow {
  memberId: number
  status: string
  at: Date | null
  via: string | null
  reason: string | null
  correctedBy: string | null
}

export interface GuestRow {
  key: string
  name: string
  at: Date
}

/** Replaces the attendance rows of these members and adds the new guests, atomically. */
export async function writeBatch(db: Db, sessionId: number, marks: MarkRow[], guests: GuestRow[]) {
  const ids = marks.map((m) => m.memberId)
  await db.$transaction([
    db.attendance.deleteMany({ where: { sessionId, memberId: { in: ids } } }),
    db.attendance.createMany({ data: marks.map((m) => ({ ...m, sessionId })) }),
    db.guest.createMany({ data: guests.map((g) => ({ ...g, sessionId })) }),
  ])
}

export const findMark = (db: Db, sessionId: number, memberId: number) =>
  db.attendance.findUnique({ where: { sessionId_memberId: { sessionId, memberId } } })

export async function setMark(db: Db, sessionId: number, row: MarkRow) {
  await db.attendance.upsert({
    where: { sessionId_memberId: { sessionId, memberId: row.memberId } },
    create: { ...row, sessionId },
    update: row,
  })
}

export const removeMark = (db: Db, sessionId: number, memberId: number) =>
  db.attendance.deleteMany({ where: { sessionId, memberId } })

export const marksOfMember = (db: Db, memberId: number, since: Date) =>
  db.attendance.findMany({
    where: { memberId, session: { openedAt: { gte: since } } },
    include: { session: true },
  })
