// Branches for 统计 全部 (comparing the branches of one organisation).
import type { Db } from '../../client.js'
import type { Branch } from '../../generated/client.js'

// By name, character by character: what SQLite does. PostgreSQL would sort by the database's collation
// (pinyin under zh_CN, other rules under en_US), so the order is made here.
const byName = (a: Branch, b: Branch) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)

/** Branches that have at least one bound group, by name. */
export const branchesWithGroups = async (db: Db) =>
  (await db.branch.findMany({ where: { groups: { some: {} } } })).sort(byName)

export const allBranches = async (db: Db) => (await db.branch.findMany()).sort(byName)
