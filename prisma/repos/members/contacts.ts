// 党组织找党员: what the lost-contact list is computed from, and each logged attempt to reach someone.
import type { Db } from '../../client.js'
import type { ContactMethod } from '../../generated/client.js'
import { addMemberEvent, type NewMemberEvent } from './events.js'

export type { ContactMethod }

/** The branch's latest closed sessions, newest first, with each member's mark. */
export const recentClosedSessions = (db: Db, branchId: number, take: number) =>
  db.session.findMany({
    where: { branchId, closedAt: { not: null } },
    orderBy: { openedAt: 'desc' },
    take,
    select: { openedAt: true, attendance: { select: { memberId: true, status: true } } },
  })

export const contactAttemptsOfBranch = (db: Db, branchId: number) =>
  db.contactAttempt.findMany({ where: { branchId }, orderBy: { at: 'asc' } })

export interface NewAttempt {
  branchId: number
  memberId: number
  method: ContactMethod
  reached: boolean
  wrongNumber: boolean
  note: string
  by: string
  at: Date
}

/** Logs the attempt and updates the member's flags; an event when their standing changes. */
export function logContactAttempt(
  db: Db,
  a: NewAttempt,
  member: { phoneWrongAt?: Date | null; outOfManagementAt?: Date | null },
  event: Omit<NewMemberEvent, 'memberId'> | null,
) {
  return db.$transaction(async (tx) => {
    await tx.contactAttempt.create({ data: a })
    if (Object.keys(member).length) await tx.member.update({ where: { id: a.memberId }, data: member })
    if (event) await addMemberEvent(tx, { ...event, memberId: a.memberId })
  })
}
