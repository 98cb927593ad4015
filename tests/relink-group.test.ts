import { afterEach, beforeEach, expect, it } from 'vitest'
import { relinkGroupHandler } from '../handlers/core/bind-branch.js'
import { fakeContext } from './support/fake-context.js'
import { tempDatabase } from './support/temp-db.js'

let temp: Awaited<ReturnType<typeof tempDatabase>>
beforeEach(async () => {
  temp = await tempDatabase()
})
afterEach(async () => temp.cleanup())

it('迁移本群 moves the branch, its sessions and its schedules to the group whose id changed', async () => {
  const db = temp.db
  const branch = await db.branch.create({ data: { name: '测试支部' } })
  await db.group.create({
    data: { roomId: 'old@chatroom', topic: '旧群', branchId: branch.id, boundBy: 'x' },
  })
  const at = new Date('2026-11-27T12:00:00Z')
  await db.session.create({
    data: {
      branchId: branch.id,
      roomId: 'old@chatroom',
      kind: 'class',
      topic: '党课',
      openedBy: 'x',
      openedAt: at,
      lateAfter: at,
      closesAt: at,
    },
  })
  await db.schedule.create({
    data: {
      branchId: branch.id,
      roomId: 'old@chatroom',
      kind: 'rollcall',
      phrase: '每天 20:00',
      cron: '0 20 * * *',
      topic: '点名',
      createdBy: 'x',
      createdAt: at,
    },
  })

  const ctx = fakeContext({
    db,
    role: 'botAdmin',
    args: '测试支部',
    msg: { roomId: 'new@chatroom', roomTopic: '新群' },
  })
  await relinkGroupHandler.run(ctx)

  expect(ctx.out.texts()[0]).toContain('已把「测试支部」的活动记录和定时任务迁移到本群')
  expect(await db.group.findMany({ select: { roomId: true, topic: true } })).toEqual([
    { roomId: 'new@chatroom', topic: '新群' },
  ])
  expect((await db.session.findFirstOrThrow()).roomId).toBe('new@chatroom')
  expect((await db.schedule.findFirstOrThrow()).roomId).toBe('new@chatroom')
  expect(ctx.audits).toEqual(['迁移本群:ok:old@chatroom -> new@chatroom'])
})

it('refuses someone who manages no branch and moves nothing', async () => {
  const branch = await temp.db.branch.create({ data: { name: '测试支部' } })
  await temp.db.group.create({
    data: { roomId: 'old@chatroom', topic: '旧群', branchId: branch.id, boundBy: 'x' },
  })
  const ctx = fakeContext({ db: temp.db, role: 'visitor', args: '测试支部', msg: { roomId: 'new@chatroom' } })
  await relinkGroupHandler.run(ctx)
  expect(ctx.out.texts()[0]).toContain('只有机器人管理员或该支部的书记、委员可以迁移群')
  expect((await temp.db.group.findFirstOrThrow()).roomId).toBe('old@chatroom')
})
