import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Branch } from '../../handlers/types.js'
import { seedBranch, startChat, type Chat } from '../support/chat.js'

let chat: Chat
let branch: Branch

beforeEach(async () => {
  chat = await startChat()
  branch = await seedBranch(chat, {
    name: '叙州区驻深圳流动党员支部',
    members: [
      { name: '张三', phone: '13812345678' },
      { name: '李明', phone: '13900001111' },
      { name: '李明', phone: '13700002222' },
      { name: '王五', phone: '13600003333', contactId: 'wx-wang' },
    ],
  })
})
afterEach(() => chat.stop())

/** What the bot said (anywhere) in answer to one group message. */
async function answerTo(talkerId: string, text: string): Promise<string | null> {
  const before = chat.sent.length
  await chat.say({ id: talkerId, name: `昵称-${talkerId}` }, text)
  const replies = chat.sent.slice(before).map((s) => s.text)
  return replies.length ? replies.join('\n') : null
}

const say = async (talkerId: string, args: string) => (await answerTo(talkerId, `报到 ${args}`)) ?? ''
const replyDigits = (talkerId: string, digits: string) => answerTo(talkerId, digits)
const clock = { now: () => chat.clock.now(), advanceMinutes: (m: number) => chat.clock.advanceMinutes(m) }

const memberNamed = (name: string) =>
  chat.db.member.findMany({ where: { branchId: branch.id, name }, orderBy: { id: 'asc' } })

describe('报到', () => {
  it('links the talker to a unique name with the time of check-in', async () => {
    expect(await say('wx-zhang', '张三')).toContain('报到成功：张三')
    expect(await memberNamed('张三')).toMatchObject([
      { contactId: 'wx-zhang', contactName: '昵称-wx-zhang', checkedInAt: clock.now() },
    ])
  })

  it('answers a name that is not on the roster and suggests asking the secretary', async () => {
    const reply = await say('wx-x', '张三丰')
    expect(reply).toContain('没有找到“张三丰”')
    expect(reply).toContain('书记')
  })

  it('asks for the name when it is missing', async () => {
    expect(await say('wx-x', '')).toContain('报到 张三')
  })

  it('asks for the last four digits when names clash, then links the matching entry', async () => {
    const ask = await say('wx-li', '李明')
    expect(ask).toContain('2 位“李明”')
    expect(ask).not.toMatch(/1111|2222/)
    expect(await replyDigits('wx-other', '2222')).toBeNull()
    expect(await replyDigits('wx-li', '2222')).toContain('报到成功')
    const li = await memberNamed('李明')
    expect(li.map((m) => m.contactId)).toEqual([null, 'wx-li'])
    expect(await replyDigits('wx-li', '2222')).toBeNull()
  })

  it('accepts the last four digits on the command line and refuses digits that do not match', async () => {
    expect(await say('wx-li2', '李明 9999')).toContain('对不上')
    expect(await say('wx-li2', '李明 1111')).toContain('报到成功')
    expect((await memberNamed('李明'))[0]?.contactId).toBe('wx-li2')
  })

  it('forgets the question after ten minutes', async () => {
    await say('wx-li', '李明')
    clock.advanceMinutes(11)
    expect(await replyDigits('wx-li', '1111')).toBeNull()
    expect((await memberNamed('李明')).every((m) => m.contactId === null)).toBe(true)
  })

  it('refuses an entry already linked to another account, and one account for two names', async () => {
    const taken = await say('wx-impostor', '王五')
    expect(taken).toContain('已经由另一个微信报到')
    expect(taken).toContain('联系书记')
    expect((await memberNamed('王五'))[0]?.contactId).toBe('wx-wang')
    expect(await say('wx-wang', '王五')).toContain('已经报到过了')
    const second = await say('wx-wang', '张三')
    expect(second).toContain('一个微信只能对应一名党员')
    expect((await memberNamed('张三'))[0]?.contactId).toBeNull()
  })

  it('never repeats a phone number typed into the command, and uses its last four digits', async () => {
    expect(await say('wx-p', '13812345678')).toBe('请写上名册里的姓名，例如：报到 张三')
    expect(await say('wx-p', '张三丰13812345678')).not.toMatch(/\d{5}/)
    expect(await say('wx-p', '张三 138 1234 5678')).not.toMatch(/\d{5}/)
    expect(await say('wx-p', '张三 13812345678')).toBe(
      '报到成功：张三。欢迎参加支部活动！\n请加我为好友，私聊发送「填写信息」，补全“四个清楚”（1分钟）。',
    )
  })

  it('treats SQL-looking, emoji and very long names as unknown, and ignores zero-width characters', async () => {
    expect(await say('wx-a', "张三'; DROP TABLE Member; --")).toContain('没有找到')
    expect(await say('wx-b', '张三😀')).toContain('没有找到')
    const long = await say('wx-c', '张'.repeat(20_000))
    expect(long.length).toBeLessThan(100)
    expect(await chat.db.member.count()).toBe(4)
    expect(await say('wx-d', '张\u200b三')).toContain('报到成功：张三')
  })

  it('matches names with any middle dot the member happens to type', async () => {
    await chat.db.member.create({ data: { branchId: branch.id, name: '吉克·曲布', phone: '13500004444' } })
    chat.runtime.people.forget()
    expect(await say('wx-jike', '吉克•曲布')).toContain('报到成功：吉克·曲布')
  })
})
