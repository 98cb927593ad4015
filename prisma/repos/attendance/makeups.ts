// 补课: who owes a make-up for which class, and recording one.
import type { Db } from '../../client.js'
import type { AttendanceStatus } from '../../generated/client.js'

export interface OwedMakeup {
  memberId: number
  memberName: string
  contactId: string | null
  sessionId: number
  topic: string
  openedAt: Date
  status: AttendanceStatus
}

/** Class sessions a member missed (absent, or on leave when the branch says so) and has not made up. */
export async function owedMakeups(db: Db, branchId: number, memberId?: number): Promise<OwedMakeup[]> {
  const branch = await db.branch.findUnique({ where: { id: branchId } })
  const statuses: AttendanceStatus[] = branch?.makeupIncludesLeave ? ['absent', 'leave'] : ['absent']
  const rows = await db.attendance.findMany({
    where: {
      status: { in: statuses },
      ...(memberId ? { memberId } : {}),
      session: { branchId, kind: 'class', closedAt: { not: null } },
    },
    include: { session: true, member: { include: { makeups: { select: { sessionId: true } } } } },
    orderBy: [{ session: { openedAt: 'asc' } }, { memberId: 'asc' }],
  })
  return rows
    .filter((r) => !r.member.makeups.some((m) => m.sessionId === r.sessionId))
    .map((r) => ({
      memberId: r.memberId,
      memberName: r.member.name,
      contactId: r.member.contactId,
      sessionId: r.sessionId,
      topic: r.session.topic,
      openedAt: r.session.openedAt,
      status: r.status,
    }))
}

export interface NewMakeup {
  memberId: number
  sessionId: number
  method: string
  course: string
  recordedBy: string
  at: Date
}

export const recordMakeup = (db: Db, m: NewMakeup) => db.makeup.create({ data: m })
