import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { checkIn, checkInDigits } from '../../handlers/checkin.js'
import type { Branch, Incoming } from '../../handlers/types.js'
import { ManualClock } from '../support/clock.js'
import { fakeContext } from '../support/fake-context.js'
import { tempDatabase } from '../support/temp-db.js'

let t: Awaited<ReturnType<typeof tempDatabase>>
let branch: Branch
let clock: ManualClock

beforeEach(async () => {
  t = await tempDatabase()
  clock = new ManualClock('2026-11-27T12:00:00Z')
  branch = await t.db.branch.create({ data: { name: '叙州区驻深圳流动党员支部' } })
  await t.db.member.createMany({
    data: [
      { branchId: branch.id, name: '张三', phone: '13812345678' },
      { branchId: branch.id, name: '李明', phone: '13900001111' },
      { branchId: branch.id, name: '李明', phone: '13700002222' },
      { branchId: branch.id, name: '王五', phone: '13600003333', contactId: 'wx-wang', contactName: '老王' },
    ],
  })
})
afterEach(() => t.cleanup())

let room = 0
async function say(talkerId: string, args: string, msg: Partial<Incoming> = {}) {
  const ctx = fakeContext({
    db: t.db,
    branch,
    clock,
    args,
    msg: { roomId: `room-${room}`, talkerId, talkerName: `昵称-${talkerId}`, text: `报到 ${args}`, ...msg },
  })
  await checkIn.run(ctx)
  return ctx.out.texts().join('\n')
}

async function replyDigits(talkerId: string, digits: string) {
  const ctx = fakeContext({
    db: t.db,
    branch,
    clock,
    msg: { roomId: `room-${room}`, talkerId, text: digits, at: clock.now() },
  })
  if (!checkInDigits.hears?.(ctx.msg)) return null
  await checkInDigits.run(ctx)
  return ctx.out.texts().join('\n')
}

const memberNamed = (name: string) => t.db.member.findMany({ where: { branchId: branch.id, name } })

describe('报到', () => {
  beforeEach(() => {
    room += 1
  })

  it('links the talker to a unique name with the time of check-in', async () => {
    expect(await say('wx-zhang', '张三')).toContain('张三，报到成功')
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
    expect(await say('wx-p', '张三 13812345678')).toBe('张三，报到成功！欢迎参加支部活动。')
  })

  it('treats SQL-looking, emoji and very long names as unknown, and ignores zero-width characters', async () => {
    expect(await say('wx-a', "张三'; DROP TABLE Member; --")).toContain('没有找到')
    expect(await say('wx-b', '张三😀')).toContain('没有找到')
    const long = await say('wx-c', '张'.repeat(20_000))
    expect(long.length).toBeLessThan(100)
    expect(await t.db.member.count()).toBe(4)
    expect(await say('wx-d', '张\u200b三')).toContain('张三，报到成功')
  })

  it('matches names with any middle dot the member happens to type', async () => {
    await t.db.member.create({ data: { branchId: branch.id, name: '吉克·曲布', phone: '13500004444' } })
    expect(await say('wx-jike', '吉克•曲布')).toContain('吉克·曲布，报到成功')
  })
})
