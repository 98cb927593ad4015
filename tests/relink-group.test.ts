import { afterEach, beforeEach, expect, it } from 'vitest'
import { startChat, type Chat } from './support/chat.js'

const BOT_ADMIN = { id: 'admin-1', name: '管理员' }
let chat: Chat
beforeEach(async () => {
  chat = await startChat()
})
afterEach(() => chat.stop())

it('迁移本群 moves the branch, its sessions and its schedules to the group whose id changed', async () => {
  const db = chat.db
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

  await chat.say(BOT_ADMIN, '迁移本群 测试支部', { room: 'new@chatroom' })

  expect(chat.groupTexts('new@chatroom')[0]).toContain('已把「测试支部」的活动记录和定时任务迁移到本群')
  expect(await db.group.findMany({ select: { roomId: true, topic: true } })).toEqual([
    { roomId: 'new@chatroom', topic: '测试支部群' },
  ])
  expect((await db.session.findFirstOrThrow()).roomId).toBe('new@chatroom')
  expect((await db.schedule.findFirstOrThrow()).roomId).toBe('new@chatroom')
  const audit = await db.auditLog.findFirstOrThrow()
  expect(`${audit.command}:${audit.result}:${audit.detail}`).toBe('迁移本群:ok:old@chatroom -> new@chatroom')
})

it('refuses someone who manages no branch and moves nothing', async () => {
  const branch = await chat.db.branch.create({ data: { name: '测试支部' } })
  await chat.db.group.create({
    data: { roomId: 'old@chatroom', topic: '旧群', branchId: branch.id, boundBy: 'x' },
  })
  await chat.say({ id: 'wx-visitor', name: '路人' }, '迁移本群 测试支部', { room: 'new@chatroom' })
  expect(chat.groupTexts('new@chatroom')[0]).toContain('只有机器人管理员或该支部的书记、委员可以迁移群')
  expect((await chat.db.group.findFirstOrThrow()).roomId).toBe('old@chatroom')
})
