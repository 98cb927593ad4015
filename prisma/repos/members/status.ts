// A member's standing over time: returned home, transferred in, left, back again. History rows, never deletes.
import type { Db } from '../../client.js'
import type { MemberStatus } from '../../generated/client.js'
import { addMemberEvent, type NewMemberEvent } from './events.js'

export interface StatusChange {
  memberId: number
  status?: MemberStatus
  statusSince?: Date | null
  transferredInAt?: Date
  event: Omit<NewMemberEvent, 'memberId'>
}

export function changeStatus(db: Db, c: StatusChange) {
  return db.$transaction(async (tx) => {
    const data = {
      ...(c.status ? { status: c.status } : {}),
      ...(c.statusSince !== undefined ? { statusSince: c.statusSince } : {}),
      ...(c.transferredInAt ? { transferredInAt: c.transferredInAt } : {}),
    }
    const member = await tx.member.update({ where: { id: c.memberId }, data })
    await addMemberEvent(tx, { ...c.event, memberId: c.memberId })
    return member
  })
}
