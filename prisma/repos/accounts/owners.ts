// Which bot account serves each group. Ownership changes only by compare-and-set on Group.ownerAccountId, so two
// accounts taking the same group over at the same moment end with exactly one owner.
import type { Db } from '../../client.js'

export interface GroupOwner {
  roomId: string
  topic: string
  branchId: number
  ownerAccountId: string | null
  ownerSince: Date | null
}

const ownerFields = {
  roomId: true,
  topic: true,
  branchId: true,
  ownerAccountId: true,
  ownerSince: true,
} as const

export function findGroupOwner(db: Db, roomId: string): Promise<GroupOwner | null> {
  return db.group.findUnique({ where: { roomId }, select: ownerFields })
}

/** The groups an account owns, each with the moment it was moved to it (null: bound or adopted by it). */
export async function roomsOwnedBy(db: Db, accountId: string): Promise<Map<string, Date | null>> {
  const rows = await db.group.findMany({
    where: { ownerAccountId: accountId },
    select: { roomId: true, ownerSince: true },
  })
  return new Map(rows.map((r) => [r.roomId, r.ownerSince]))
}

/** Of `roomIds`, those this account owns now, each with the moment it was moved to it. */
export async function ownedAmong(
  db: Db,
  accountId: string,
  roomIds: string[],
): Promise<Map<string, Date | null>> {
  if (!roomIds.length) return new Map()
  const rows = await db.group.findMany({
    where: { ownerAccountId: accountId, roomId: { in: roomIds } },
    select: { roomId: true, ownerSince: true },
  })
  return new Map(rows.map((r) => [r.roomId, r.ownerSince]))
}

/** Groups bound before accounts had owners: the account that handles them first adopts them (as if bound). */
export async function adoptGroups(db: Db, accountId: string, roomIds: string[]): Promise<number> {
  if (!roomIds.length) return 0
  const { count } = await db.group.updateMany({
    where: { roomId: { in: roomIds }, ownerAccountId: null },
    data: { ownerAccountId: accountId },
  })
  return count
}

export async function unownedRoomIds(db: Db): Promise<string[]> {
  const rows = await db.group.findMany({ where: { ownerAccountId: null }, select: { roomId: true } })
  return rows.map((r) => r.roomId)
}

/** Moves a group from the owner we saw to `to`; false when the owner had changed meanwhile. */
export async function moveGroupOwner(
  db: Db,
  m: { roomId: string; from: string; to: string; now: Date },
): Promise<boolean> {
  const { count } = await db.group.updateMany({
    where: { roomId: m.roomId, ownerAccountId: m.from },
    data: { ownerAccountId: m.to, ownerSince: m.now },
  })
  return count === 1
}

/** Groups owned by an account other than these (the ones still serving, and ourselves). */
export function groupsOwnedByOthers(db: Db, notIn: string[]): Promise<GroupOwner[]> {
  return db.group.findMany({
    where: { ownerAccountId: { not: null, notIn } },
    select: ownerFields,
    orderBy: { id: 'asc' },
  })
}
