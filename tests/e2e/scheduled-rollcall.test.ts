import { describe, expect, it } from 'vitest'
import { say, textsIn, type MockWechat } from '../support/mock-wechat.js'
import { ADMIN_ID, setUpBranch, type World } from './branch.js'
import { captureMentions } from './capture.js'
import { worldFixture } from './wechat-with-world.js'

const ROOM_ID = 'xz-rollcall@chatroom'
const DAY = 24 * 60 * 60_000
const PROMPT = '点名《联络点名》现在开始签到，应到10名。'

const shanghai = (at: Date, o: Intl.DateTimeFormatOptions) =>
  at.toLocaleString('en-GB', { timeZone: 'Asia/Shanghai', ...o })

/** The next whole minute after `now`, its HH:MM in Asia/Shanghai, and how people see it (e.g. 5:13, 11月28日). */
function nextMinute(now: Date) {
  const at = new Date(Math.floor(now.getTime() / 60_000) * 60_000 + 60_000)
  const hhmm = shanghai(at, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
  const shown = hhmm.replace(/^0(\d)/, '$1')
  const dayShown = (d: Date) => `${shanghai(d, { month: 'numeric' })}月${shanghai(d, { day: 'numeric' })}日`
  return { at, hhmm, shown, dayShown }
}

const { clock, start, stop } = worldFixture(ROOM_ID, { botAdminIds: [ADMIN_ID] })

/** Sets up the branch and schedules a daily 10-minute roll call at the next whole minute. */
async function scheduleRollCall(w: MockWechat, world: World) {
  const admin = await setUpBranch(w, world)
  const fire = nextMinute(clock.now())
  await say(w, admin, world.room, `定时点名 每天 ${fire.hhmm} 联络点名 时长10分钟`)
  return { admin, fire }
}

const prompts = (w: MockWechat) => textsIn(w, ROOM_ID).filter((t) => t.startsWith(PROMPT))

describe('a scheduled roll call through the real Wechaty', () => {
  it('fires once at its minute, nudges the silent once at half-time, and posts the summary', async () => {
    const { w, world } = await start()
    const mentions = captureMentions(w)
    const { fire } = await scheduleRollCall(w, world)
    const echo = textsIn(w, ROOM_ID).at(-1)!
    expect(echo).toContain(`每天 ${fire.shown} 点名「联络点名」，每次 10 分钟`)
    const nextThree = [0, 1, 2].map((n) => `${fire.dayShown(new Date(fire.at.getTime() + n * DAY))}`)
    expect(echo.split('接下来三次：')[1]?.match(/\d+月\d+日/g)).toEqual(nextThree)

    const before = textsIn(w, ROOM_ID).length
    clock.set(new Date(fire.at.getTime() - 60_000))
    expect([...(await w.running.runtime.scheduler.fireDue(clock.now())).values()]).toEqual(['not-due'])
    clock.set(fire.at)
    expect([...(await w.running.runtime.scheduler.fireDue(clock.now())).values()]).toEqual(['done'])
    await w.settle()
    expect(textsIn(w, ROOM_ID).slice(before)).toEqual([expect.stringContaining(PROMPT)])

    await say(w, world.person('李娟'), world.room, '到')
    await say(w, world.person('赵强'), world.room, '签到')
    await say(w, world.person('刘芳'), world.room, '到')
    expect(textsIn(w, ROOM_ID)).toHaveLength(before + 1)

    clock.advanceMinutes(5)
    await w.running.runtime.tick()
    await w.settle()
    clock.advanceMinutes(1)
    await w.running.runtime.tick()
    await w.settle()
    const nudges = textsIn(w, ROOM_ID).slice(before + 1)
    // Wechaty joins several @-mentions with U+2005 (four-per-em space), as WeChat does.
    const plain = (t: string) => t.replace(/\u2005/g, ' ')
    expect(nudges.map(plain)).toEqual([
      '@王书记 @陈明 @杨丽 @吴杰 点名《联络点名》还剩5分钟，以上4名党员请回复“到”。',
    ])
    expect(mentions.find((m) => m.text === nudges[0])?.ids).toEqual([
      ADMIN_ID,
      'c-chenming',
      'c-yangli',
      'c-wujie',
    ])

    await say(w, world.person('杨丽'), world.room, '到')
    clock.advanceMinutes(4)
    await w.running.runtime.tick()
    await w.settle()
    const after = textsIn(w, ROOM_ID).slice(before + 2)
    expect(after).toHaveLength(1)
    expect(after[0]).toContain(
      '本次点名《联络点名》应到会党员10名，实到会党员4名，因病因事请假0名，缺席6名，出勤率40%。',
    )
    expect(plain(after[0]!)).toMatch(/^@王书记 @陈明 @吴杰 /)
    expect(after[0]).toContain('（未报到：黄磊、周敏、马丽）')

    expect([...(await w.running.runtime.scheduler.fireDue(fire.at)).values()]).toEqual(['taken'])
    await w.running.runtime.tick()
    await w.settle()
    expect(textsIn(w, ROOM_ID).slice(before)).toHaveLength(3)
    expect(await w.running.db.session.count()).toBe(1)
  })

  it('after a restart, keeps its schedules and catches up a fire missed while down, once', async () => {
    const first = await start()
    const { fire } = await scheduleRollCall(first.w, first.world)
    await stop(first.w)

    clock.set(new Date(fire.at.getTime() + 3 * 60_000))
    const second = await start()
    expect(prompts(second.w)).toHaveLength(1)
    expect(await second.w.running.db.session.count({ where: { closedAt: null } })).toBe(1)
    await stop(second.w)

    clock.advanceMinutes(2)
    const third = await start()
    expect(prompts(third.w)).toEqual([])
    await say(third.w, third.world.person('王书记'), third.world.room, '定时列表')
    const list = textsIn(third.w, ROOM_ID).at(-1)!
    expect(list).toContain(`编号1 定时点名「联络点名」每天 ${fire.shown}`)
    expect(list).toContain(`下次 ${fire.dayShown(new Date(fire.at.getTime() + DAY))}`)
    const fires = await third.w.running.db.scheduleFire.findMany()
    expect(fires.map((f) => [f.fireAt.getTime(), f.status])).toEqual([[fire.at.getTime(), 'done']])
  })

  it('a restart in the middle of a roll call keeps the answers and nudges and sums up only once', async () => {
    const first = await start()
    const { fire } = await scheduleRollCall(first.w, first.world)
    clock.set(fire.at)
    await first.w.running.runtime.scheduler.fireDue(clock.now())
    await first.w.settle()
    for (const name of ['李娟', '赵强']) await say(first.w, first.world.person(name), first.world.room, '到')
    clock.advanceMinutes(5)
    await first.w.running.runtime.tick()
    await first.w.settle()
    expect(textsIn(first.w, ROOM_ID).filter((t) => t.includes('还剩5分钟'))).toHaveLength(1)
    await stop(first.w)

    clock.advanceMinutes(1)
    const second = await start()
    expect(prompts(second.w)).toEqual([])
    await say(second.w, second.world.person('刘芳'), second.world.room, '签到')
    await second.w.running.runtime.tick()
    await second.w.settle()
    clock.advanceMinutes(4)
    await second.w.running.runtime.tick()
    await second.w.settle()
    await second.w.running.runtime.tick()
    await second.w.settle()
    const texts = textsIn(second.w, ROOM_ID)
    expect(texts.filter((t) => t.includes('还剩5分钟'))).toEqual([])
    const summaries = texts.filter((t) => t.includes('本次点名《联络点名》'))
    expect(summaries).toHaveLength(1)
    expect(summaries[0]).toContain('实到会党员3名')
  })

  it('a fire missed by more than ten minutes is not run late; the group is told once', async () => {
    const first = await start()
    const { fire } = await scheduleRollCall(first.w, first.world)
    await stop(first.w)
    clock.set(new Date(fire.at.getTime() + 15 * 60_000))
    const second = await start()
    expect(prompts(second.w)).toEqual([])
    const told = textsIn(second.w, ROOM_ID)
    expect(told).toHaveLength(1)
    expect(told[0]).toMatch(/^机器人离线期间错过了 1 次定时任务，没有补做：\n编号1 /)
    expect(await second.w.running.db.session.count()).toBe(0)
    await stop(second.w)
    clock.advanceMinutes(1)
    const third = await start()
    expect(textsIn(third.w, ROOM_ID)).toEqual([])
  })

  it('does not run on a skip date, and says why when a class is already open at the fire time', async () => {
    const { w, world } = await start()
    const { admin, fire } = await scheduleRollCall(w, world)
    const day = fire.at.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' })
    await say(w, admin, world.room, `跳过日期 ${day} 国庆`)
    clock.set(fire.at)
    expect([...(await w.running.runtime.scheduler.fireDue(clock.now())).values()]).toEqual(['skipped'])
    await w.settle()
    expect(prompts(w)).toEqual([])

    await say(w, admin, world.room, `取消跳过 ${day}`)
    clock.set(new Date(fire.at.getTime() + DAY - 60_000))
    await say(w, admin, world.room, '开课 安全生产 30')
    clock.advanceMinutes(1)
    const before = textsIn(w, ROOM_ID).length
    expect([...(await w.running.runtime.scheduler.fireDue(clock.now())).values()]).toEqual(['failed'])
    await w.settle()
    const told = textsIn(w, ROOM_ID).slice(before)
    expect(told).toHaveLength(1)
    expect(told[0]).toMatch(/^定时任务编号1没有执行：本群已有进行中的流动课堂《安全生产》/)
    await say(w, admin, world.room, '结束')
    expect(textsIn(w, ROOM_ID).some((t) => t.startsWith('本次流动课堂《安全生产》'))).toBe(true)
    expect(prompts(w)).toEqual([])
  })

  it('back to back: the roll call at the next minute sums up the one that just ended, then opens', async () => {
    const { w, world } = await start()
    const admin = await setUpBranch(w, world)
    const first = nextMinute(clock.now())
    const second = nextMinute(first.at)
    await say(w, admin, world.room, `定时点名 每天 ${first.hhmm} 第一场 时长1分钟`)
    await say(w, admin, world.room, `定时点名 每天 ${second.hhmm} 第二场 时长5分钟`)
    clock.set(first.at)
    await w.running.runtime.scheduler.fireDue(clock.now())
    await w.settle()
    await say(w, world.person('李娟'), world.room, '到')
    // The first session's timer has not run yet when the second minute comes.
    clock.set(second.at)
    const before = textsIn(w, ROOM_ID).length
    expect([...(await w.running.runtime.scheduler.fireDue(clock.now())).values()]).toEqual([
      'not-due',
      'done',
    ])
    await w.settle()
    const said = textsIn(w, ROOM_ID).slice(before)
    expect(said[0]).toMatch(/本次点名《第一场》应到会党员10名，实到会党员1名/)
    expect(said.some((t) => t.startsWith('点名《第二场》现在开始签到'))).toBe(true)
    expect(said.some((t) => t.includes('没有执行'))).toBe(false)
    const sessions = await w.running.db.session.findMany({ orderBy: { id: 'asc' } })
    expect(sessions.map((s) => [s.topic, s.closedAt !== null])).toEqual([
      ['第一场', true],
      ['第二场', false],
    ])
    expect(sessions[1]?.closesAt).toEqual(new Date(second.at.getTime() + 5 * 60_000))
  })

  it('a make-up reminder and a class preview fire at their minutes with one group message each', async () => {
    const { w, world } = await start()
    const mentions = captureMentions(w)
    const admin = await setUpBranch(w, world)
    await say(w, admin, world.room, '开课 安全生产 10')
    for (const name of ['李娟', '赵强', '刘芳', '陈明', '杨丽'])
      await say(w, world.person(name), world.room, '到')
    await say(w, admin, world.room, '结束')
    const fire = nextMinute(clock.now())
    await say(w, admin, world.room, `补课提醒 每天 ${fire.hhmm}`)
    const classAt = nextMinute(new Date(fire.at.getTime() + 30 * 60_000))
    await say(w, admin, world.room, `预告 每天 ${classAt.hhmm} 流动课堂 学习新党章 提前30分钟`)
    const before = textsIn(w, ROOM_ID).length

    clock.set(fire.at)
    await w.running.runtime.scheduler.fireDue(clock.now())
    await w.settle()
    const reminder = textsIn(w, ROOM_ID).slice(before)
    expect(reminder).toHaveLength(1)
    expect(reminder[0]).toContain('本周补课提醒：5名党员还有5次课未补')
    expect(mentions.find((m) => m.text === reminder[0])?.ids.sort()).toEqual([ADMIN_ID, 'c-wujie'].sort())

    clock.set(new Date(classAt.at.getTime() - 30 * 60_000))
    await w.running.runtime.scheduler.fireDue(clock.now())
    await w.settle()
    const preview = textsIn(w, ROOM_ID).slice(before + 1)
    expect(preview).toEqual([
      expect.stringMatching(/^【课前提醒】(今天|\d+月\d+日) \d+:\d\d .*学习新党章，还有30分钟开始/),
    ])
    expect(preview[0]).toContain(classAt.shown)
  })

  it('a second process for the same account waits; both firing the same minute open exactly one roll call', async () => {
    const a = await start()
    const { fire } = await scheduleRollCall(a.w, a.world)
    const b = await start()
    expect(b.w.running.runtime.accounts.mode).toBe('standby')
    expect(b.w.logs.text()).toContain('本进程待命')
    clock.set(fire.at)
    const outcomes = await Promise.all([
      a.w.running.runtime.scheduler.fireDue(clock.now()),
      b.w.running.runtime.scheduler.fireDue(clock.now()),
    ])
    await a.w.settle()
    await b.w.settle()
    expect(outcomes.flatMap((o) => [...o.values()]).sort()).toEqual(['done', 'not-owner'])
    expect(await a.w.running.db.session.count()).toBe(1)
    expect(prompts(a.w).length + prompts(b.w).length).toBe(1)
  })
})
