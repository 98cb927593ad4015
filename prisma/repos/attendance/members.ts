// Leaves asked for ahead of a session, and exemptions from the expected list.
import type { Db } from '../../client.js'

export const unusedLeavesOfBranch = (db: Db, branchId: number) =>
  db.pendingLeave.findMany({ where: { usedAt: null, member: { branchId } }, orderBy: { id: 'asc' } })

export const addPendingLeave = (db: Db, memberId: number, reason: string, at: Date) =>
  db.pendingLeave.create({ data: { memberId, reason, createdAt: at } })

export const setExempt = (db: Db, memberId: number, exempt: boolean, reason: string | null) =>
  db.member.update({ where: { id: memberId }, data: { exempt, exemptReason: reason } })
