// Branches for 统计 全部 (comparing the branches of one organisation).
import type { Db } from '../../client.js'

/** Branches that have at least one bound group, by name. */
export const branchesWithGroups = (db: Db) =>
  db.branch.findMany({ where: { groups: { some: {} } }, orderBy: { name: 'asc' } })

export const allBranches = (db: Db) => db.branch.findMany({ orderBy: { name: 'asc' } })
