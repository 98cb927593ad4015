import { afterEach, beforeEach, expect, it } from 'vitest'
import { seedBranch, startChat, type Chat } from './support/chat.js'

const SECRETARY = { id: 'wx-sec', name: '书记' }
let chat: Chat
beforeEach(async () => {
  chat = await startChat()
  await seedBranch(chat, { secretaries: [SECRETARY] })
})
afterEach(() => chat.stop())

const audits = async () =>
  (await chat.db.auditLog.findMany()).map((a) => `${a.command}:${a.result}:${a.detail}`)

it('shows the branch rules, turns one on, and records who did it', async () => {
  await chat.say(SECRETARY, '支部设置')
  expect(chat.groupTexts().at(-1)).toContain('请假需补课：关')

  await chat.say(SECRETARY, '支部设置 请假需补课 开')
  expect(chat.groupTexts().at(-1)).toContain('已开启「请假需补课」')
  expect(await chat.db.branch.findFirstOrThrow()).toMatchObject({
    makeupIncludesLeave: true,
    privateReminders: false,
  })
  expect(await audits()).toEqual(['支部设置:ok:请假需补课=开'])
  expect((await chat.db.auditLog.findFirstOrThrow()).actorId).toBe(SECRETARY.id)
})

it('explains the syntax and changes nothing on a wrong setting', async () => {
  await chat.say(SECRETARY, '支部设置 自动踢人 开')
  expect(chat.groupTexts().at(-1)).toContain('用法：支部设置')
  expect(await chat.db.branch.findFirstOrThrow()).toMatchObject({
    makeupIncludesLeave: false,
    privateReminders: false,
  })
  expect(await audits()).toEqual([])
})

it('refuses a member who is not an admin, changes nothing, and audits the attempt', async () => {
  await chat.say({ id: 'wx-member', name: '党员' }, '支部设置 私聊提醒 开')
  expect(chat.groupTexts().at(-1)).toBe('「支部设置」仅限本支部书记、委员使用。')
  expect((await chat.db.branch.findFirstOrThrow()).privateReminders).toBe(false)
  expect(await audits()).toEqual(['支部设置:denied:「支部设置」仅限本支部书记、委员使用。'])
})
