// A member's history: status changes, accepted reconciliation changes, registration, lost and found.
import type { Db } from '../../client.js'
import type { MemberEventKind } from '../../generated/client.js'

export type { MemberEventKind }

export interface NewMemberEvent {
  branchId: number
  memberId: number
  kind: MemberEventKind
  at: Date
  /** Never a phone or ID number. */
  detail: string
  by: string
  createdAt: Date
}

export const addMemberEvent = (db: Pick<Db, 'memberEvent'>, e: NewMemberEvent) =>
  db.memberEvent.create({ data: e })

export const eventsOfBranchBetween = (db: Db, branchId: number, from: Date, to: Date) =>
  db.memberEvent.findMany({
    where: { branchId, at: { gte: from, lt: to } },
    orderBy: [{ at: 'asc' }, { id: 'asc' }],
  })
