import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  startMockWechat,
  say,
  textsIn,
  type MockWechat,
  type ContactMock,
  type RoomMock,
} from './support/mock-wechat.js'

let w: MockWechat
let admin: ContactMock
let alice: ContactMock
let bob: ContactMock
let room: RoomMock

beforeEach(async () => {
  w = await startMockWechat({ config: { botAdminIds: ['admin-wang'] } })
  admin = w.mocker.createContact({ id: 'admin-wang', name: '王书记' })
  alice = w.mocker.createContact({ id: 'c-alice', name: '李娟' })
  bob = w.mocker.createContact({ id: 'c-bob', name: '赵强' })
  room = w.mocker.createRoom({
    id: 'xz-shenzhen@chatroom',
    topic: '叙州区驻深圳流动党员支部',
    memberIdList: [w.botUser.id, admin.id, alice.id, bob.id],
  })
})
afterEach(async () => {
  await w.stop()
})

describe('foundation through the real Wechaty (mock puppet)', () => {
  it('binds the group, sets a secretary, and help shows admin commands only to admins', async () => {
    await say(w, admin, room, '绑定支部 叙州区驻深圳流动党员支部')
    expect(textsIn(w, room.id).at(-1)).toContain('已将本群绑定到「叙州区驻深圳流动党员支部」')

    await say(w, admin, room, '设置书记 @李娟', [alice])
    expect(textsIn(w, room.id).at(-1)).toContain('已设置 李娟 为叙州区驻深圳流动党员支部书记')

    await say(w, bob, room, '帮助')
    const memberHelp = textsIn(w, room.id).at(-1)!
    expect(memberHelp).toContain('帮助')
    expect(memberHelp).not.toContain('设置委员')

    await say(w, alice, room, '帮助')
    const adminHelp = textsIn(w, room.id).at(-1)!
    expect(adminHelp).toContain('设置委员')
    expect(adminHelp.length).toBeLessThanOrEqual(500)

    await say(w, alice, room, '帮助 设置委员')
    expect(textsIn(w, room.id).at(-1)).toBe('设置委员 @某人\n指定本支部委员（书记可用）')
    await say(w, bob, room, '帮助 设置委员')
    expect(textsIn(w, room.id).at(-1)).toContain('没有您可用的命令「设置委员」')

    const audit = await w.running.db.auditLog.findMany({ orderBy: { id: 'asc' } })
    expect(audit.map((a) => [a.command, a.result])).toEqual([
      ['绑定支部', 'ok'],
      ['设置书记', 'ok'],
    ])
  })

  it('refuses admin commands from members, records the refusal, and changes nothing', async () => {
    await say(w, admin, room, '绑定支部 叙州区驻深圳流动党员支部')
    await say(w, bob, room, '设置委员 @李娟', [alice])
    expect(textsIn(w, room.id).at(-1)).toBe('「设置委员」仅限本支部书记、委员使用。')
    expect(await w.running.db.role.count()).toBe(0)
    const denied = await w.running.db.auditLog.findFirst({ where: { result: 'denied' } })
    expect(denied).toMatchObject({ actorId: bob.id, command: '设置委员' })
  })

  it('asks an unbound group to bind first, and stays silent on chatter', async () => {
    await say(w, bob, room, '今天天气不错')
    await say(w, bob, room, '结束了吗')
    expect(textsIn(w, room.id)).toEqual([])
    await say(w, admin, room, '设置委员 @李娟', [alice])
    expect(textsIn(w, room.id).at(-1)).toContain('本群还没有绑定支部')
  })

  it('survives huge, invisible-character, SQL-looking and @所有人 messages', async () => {
    await say(w, admin, room, '绑定支部 叙州区驻深圳流动党员支部')
    const before = textsIn(w, room.id).length
    await say(w, bob, room, '啊'.repeat(20_000))
    await say(w, bob, room, "'; DROP TABLE Member; --")
    await say(w, admin, room, '@所有人 今晚八点开会')
    expect(textsIn(w, room.id).length).toBe(before)
    await say(w, bob, room, '帮\u200b助')
    expect(textsIn(w, room.id).at(-1)).toContain('可用命令')
    await say(w, admin, room, "绑定支部 x'); DROP TABLE Branch;--")
    expect(await w.running.db.branch.count()).toBeGreaterThanOrEqual(1)
  })

  it('answers a private 我的ID with the contact id', async () => {
    await say(w, bob, w.botUser, '我的ID')
    expect(w.sent.at(-1)?.text).toContain('c-bob')
  })
})

describe('login state', () => {
  it('logs a logout loudly, reports unhealthy, and tells the admins privately when it is back', async () => {
    await w.mocker.puppet.logout('网关断开')
    await w.settle()
    expect(w.running.health.loggedIn).toBe(false)
    const error = w.logs.lines.find((l) => String(l.msg).includes('机器人已掉线'))
    expect(error).toMatchObject({ level: 50 })

    const back = new Promise((resolve) => w.running.bot.once('login', resolve))
    w.mocker.login(w.botUser)
    await back
    await w.settle()
    expect(w.running.health.loggedIn).toBe(true)
    const notice = w.sent.find((s) => s.toId === admin.id)
    expect(notice?.text).toContain('已恢复连接')
    expect(w.running.health.healthy).toBe(true)
  })
})
