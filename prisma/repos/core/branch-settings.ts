import type { Db } from '../../client.js'

export interface BranchSettings {
  makeupIncludesLeave: boolean
  privateReminders: boolean
  lostAfterSessions: number
  checkinWithinDays: number
  outOfManagementAttempts: number
}

export function updateBranchSettings(db: Db, branchId: number, settings: Partial<BranchSettings>) {
  return db.branch.update({ where: { id: branchId }, data: settings })
}
