import type { Db } from '../../client.js'
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

/** Binds a room to a branch, creating the branch when it is new. Returns whether the branch was created. */
export async function bindGroup(db: Db, o: BindGroupOptions) {
  return db.$transaction(async (tx) => {
    const existing = await tx.branch.findUnique({ where: { name: o.branchName } })
    const branch = existing ?? (await tx.branch.create({ data: { name: o.branchName } }))
    await tx.group.upsert({
      where: { roomId: o.roomId },
      create: { roomId: o.roomId, topic: o.topic, branchId: branch.id, boundBy: o.boundBy },
      update: { topic: o.topic, branchId: branch.id, boundBy: o.boundBy },
    })
    return { branch, created: !existing }
  })
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
