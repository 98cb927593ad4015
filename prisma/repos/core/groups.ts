import type { Db } from '../../client.js'
import type { Branch } from '../../generated/client.js'
import { isUniqueViolation } from '../unique-violation.js'
import { moveSchedulesToRoom } from '../schedule/schedules.js'

export function findGroupByRoom(db: Db, roomId: string) {
  return db.group.findUnique({ where: { roomId }, include: { branch: true } })
}

export function findBranchByName(db: Db, name: string) {
  return db.branch.findUnique({ where: { name } })
}

export function findBranchById(db: Db, id: number) {
  return db.branch.findUnique({ where: { id } })
}

export function listGroupsOfBranch(db: Db, branchId: number) {
  return db.group.findMany({ where: { branchId }, orderBy: { id: 'asc' } })
}

export interface BindGroupOptions {
  roomId: string
  topic: string
  branchName: string
  boundBy: string
}

/**
 * The branch of this name, created when it is new. Safe when two bot processes create it at once: no
 * transaction (a unique violation aborts a PostgreSQL transaction; two SQLite read-then-write transactions
 * deadlock), the loser of the race reads the winner's row.
 */
export async function findOrCreateBranch(
  db: Db,
  name: string,
): Promise<{ branch: Branch; created: boolean }> {
  const existing = await db.branch.findUnique({ where: { name } })
  if (existing) return { branch: existing, created: false }
  try {
    return { branch: await db.branch.create({ data: { name } }), created: true }
  } catch (error) {
    if (!isUniqueViolation(error)) throw error
    return { branch: await db.branch.findUniqueOrThrow({ where: { name } }), created: false }
  }
}

/** Binds a room to a branch, creating the branch when it is new. Returns whether the branch was created. */
export async function bindGroup(db: Db, o: BindGroupOptions) {
  const { branch, created } = await findOrCreateBranch(db, o.branchName)
  await db.group.upsert({
    where: { roomId: o.roomId },
    create: { roomId: o.roomId, topic: o.topic, branchId: branch.id, boundBy: o.boundBy },
    update: { topic: o.topic, branchId: branch.id, boundBy: o.boundBy },
  })
  return { branch, created }
}

/** Moves a group binding to a new room id (the WeChat room id changed). */
export async function relinkGroup(db: Db, o: { fromRoomId: string; toRoomId: string; topic: string }) {
  return db.$transaction(async (tx) => {
    await tx.group.deleteMany({ where: { roomId: o.toRoomId } })
    const group = await tx.group.update({
      where: { roomId: o.fromRoomId },
      data: { roomId: o.toRoomId, topic: o.topic },
    })
    await tx.session.updateMany({ where: { roomId: o.fromRoomId }, data: { roomId: o.toRoomId } })
    await moveSchedulesToRoom(tx, o.fromRoomId, o.toRoomId)
    return group
  })
}

export async function listBoundRoomIds(db: Db): Promise<string[]> {
  const groups = await db.group.findMany({ select: { roomId: true } })
  return groups.map((g) => g.roomId)
}
