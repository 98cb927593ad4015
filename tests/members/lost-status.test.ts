import { afterEach, beforeEach, expect, it } from 'vitest'
import { seedBranch, startChat, type Chat } from '../support/chat.js'

const SECRETARY = { id: 'wx-sec', name: '王书记' }
const ZHANG = { id: 'wx-zhang', name: '张三' }
const LI = { id: 'wx-li', name: '李四' }
let chat: Chat
beforeEach(async () => {
  chat = await startChat()
  await seedBranch(chat, {
    secretaries: [SECRETARY],
    members: [
      { name: '张三', contactId: ZHANG.id, phone: '13800000001' },
      { name: '李四', contactId: LI.id },
    ],
  })
})
afterEach(() => chat.stop())

const lastGroup = () => chat.groupTexts().at(-1) ?? ''
const lastPrivate = () => chat.privateTexts(SECRETARY.id).at(-1) ?? ''

/** A class where 李四 signs in and 张三 does not. */
async function classWithoutZhang(topic: string) {
  await chat.say(SECRETARY, `开课 ${topic} 30`)
  await chat.say(LI, '到')
  await chat.say(SECRETARY, '结束')
  chat.clock.advance(7 * 86_400_000)
}

it('a member who missed three sessions is lost; failed contacts make them 脱管脱联; a contact clears them', async () => {
  await classWithoutZhang('党章学习')
  await classWithoutZhang('党史学习')
  await chat.say(SECRETARY, '失联名单')
  expect(lastGroup()).toBe('目前没有失联的党员。')
  await classWithoutZhang('政策宣讲')

  await chat.say(SECRETARY, '失联名单')
  expect(lastGroup()).toMatch(/^失联预警 1 人（连续缺席 1，未报到 0，手机号有误 0），其中脱管脱联 0 人。/)
  expect(lastPrivate()).toBe('失联名单（1人）：\n张三：连续3次活动缺席；还没有联系记录')

  await chat.say(SECRETARY, '支部设置 联系次数 2')
  await chat.say(SECRETARY, '联系 张三 电话 未联系上 空号')
  expect(lastGroup()).toBe('已记录：电话未联系上张三（累计1次）。手机号记为有误，请设法取得新号码。')
  await chat.say(SECRETARY, '联系 张三 上门 未联系上 房东说搬走了')
  expect(lastGroup()).toBe(
    '已记录：上门未联系上张三，累计2次，已标记为脱管脱联，将列入通联台账报流出地党组织。',
  )
  await chat.say(SECRETARY, '失联名单')
  expect(lastGroup()).toContain('手机号有误 1），其中脱管脱联 1 人')
  expect(lastPrivate()).toMatch(
    /^失联名单（1人）：\n【脱管脱联】张三：连续3次活动缺席、手机号有误；已联系2次未联系上/,
  )

  await chat.say(SECRETARY, '联系 张三 微信 联系上 在东莞打工')
  expect(lastGroup()).toBe('已记录：微信联系上张三。已移出失联名单。')
  await chat.say(SECRETARY, '失联名单')
  expect(lastGroup()).toBe('目前没有失联的党员。')
  const member = await chat.db.member.findFirstOrThrow({ where: { name: '张三' } })
  expect(member).toMatchObject({ outOfManagementAt: null, phoneWrongAt: null })
  const events = await chat.db.memberEvent.findMany({ orderBy: { id: 'asc' } })
  expect(events.map((e) => e.kind)).toEqual(['outOfManagement', 'found'])
  expect(await chat.db.contactAttempt.count()).toBe(3)
  expect(chat.groupTexts().join('\n')).not.toMatch(/13800000001/)
})

it('a member who returned home is no longer expected, keeps their history, and can come back', async () => {
  await chat.say(SECRETARY, '返乡 李四 11月20日')
  expect(lastGroup()).toBe('已记录：李四11月20日返乡。以后的活动不再计入应到，出勤历史保留。')
  await chat.say(SECRETARY, '开课 党章学习 30')
  expect(lastGroup()).toContain('应到1名')
  await chat.say(SECRETARY, '结束')
  await chat.say(SECRETARY, '返乡 李四')
  expect(lastGroup()).toBe('李四现在已经返乡，不能「返乡」。')
  await chat.say(SECRETARY, '转入 张三')
  expect(lastGroup()).toBe('已记录：张三的组织关系11月27日转入本支部。')
  await chat.say(SECRETARY, '恢复 李四')
  expect(lastGroup()).toBe('已记录：李四11月27日回到支部，以后的活动计入应到。')
  await chat.say(SECRETARY, '开课 党史学习 30')
  expect(lastGroup()).toContain('应到2名')
  const events = await chat.db.memberEvent.findMany({ orderBy: { id: 'asc' } })
  expect(events.map((e) => `${e.kind} ${e.at.toISOString().slice(0, 10)}`)).toEqual([
    'returned 2026-11-19',
    'transferredIn 2026-11-27',
    'rejoined 2026-11-27',
  ])
  expect((await chat.db.auditLog.findMany({ where: { command: '返乡' } })).map((a) => a.result)).toEqual([
    'ok',
  ])
})
