import { startChat } from '../support/chat.js'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { scheduleHandlers } from '../../handlers/schedule/index.js'
import type { Branch, Db } from '../../handlers/types.js'
import { listSchedulesOfBranch } from '../../prisma/repos/schedule/schedules.js'
import type { ManualClock } from '../support/clock.js'
import { engineFor, RecordingDriver, scheduleHarness } from './helpers.js'
import type { ScheduleEngine } from '../../bot/scheduler/engine.js'

// Friday 27 November 2026, 20:00 in Shanghai
const at = (shanghai: string) => new Date(`${shanghai}+08:00`)

let h: Awaited<ReturnType<typeof scheduleHarness>>
let db: Db
let branch: Branch
let clock: ManualClock
let engine: ScheduleEngine
let driver: RecordingDriver
let send: typeof h.send

beforeEach(async () => {
  h = await scheduleHarness(at('2026-11-27T20:00:00'))
  ;({ db, branch, clock, engine, driver, send } = h)
})
afterEach(async () => h.close())

describe('the specs', () => {
  it('are all admin-only group commands with help', () => {
    expect(scheduleHandlers.map((h) => h.commands?.[0])).toEqual([
      '定时点名',
      '预告',
      '补课提醒',
      '定时列表',
      '取消定时',
      '暂停定时',
      '恢复定时',
      '跳过日期',
      '取消跳过',
    ])
    for (const spec of scheduleHandlers) {
      expect(spec.access).toBe('admin')
      expect(spec.where).toBe('bound-group')
      expect(spec.help?.usage).toBeTruthy()
    }
  })
})

describe('定时点名', () => {
  it('creates a schedule, echoes the rule in words and the next three times, registers and audits it', async () => {
    const { reply, audits, sent } = await send('定时点名', '每周三 20:00 学习强国学习交流 时长15分钟')
    const [s] = await listSchedulesOfBranch(db, branch.id)
    expect(s).toMatchObject({
      kind: 'rollcall',
      cron: '0 20 * * 3',
      topic: '学习强国学习交流',
      durationMinutes: 15,
    })
    expect(reply).toBe(
      `已设好（编号${s?.id}）：每周三 20:00 点名「学习强国学习交流」，每次 15 分钟\n` +
        '接下来三次：12月2日（周三）20:00、12月9日（周三）20:00、12月16日（周三）20:00',
    )
    expect(sent[0]?.to).toEqual({ roomId: 'room-1' })
    expect(audits).toEqual([`定时点名:ok:编号${s?.id} 定时点名「学习强国学习交流」每周三 20:00`])
    expect(driver.active.get(`schedule-${s?.id}`)?.expression).toBe('0 20 * * 3')
  })

  it('defaults topic and duration, and accepts full-width input and a raw cron', async () => {
    await send('定时点名', '每月最后一天 ２０：００')
    await send('定时点名', '30 19 15 * * 主题党日')
    const [last, cron] = await listSchedulesOfBranch(db, branch.id)
    expect(last).toMatchObject({ cron: '0 20 L * *', topic: '点名', durationMinutes: 10 })
    expect(cron).toMatchObject({ cron: '30 19 15 * *', topic: '主题党日' })
  })

  it('answers an impossible phrase with examples and stores nothing', async () => {
    for (const phrase of ['每月32日 20:00', '每天 25:00', '每周八 20:00']) {
      const { reply, audits } = await send('定时点名', phrase)
      expect(reply).toContain('例如：每天 20:00')
      expect(audits[0]).toMatch(/^定时点名:rejected:/)
    }
    expect(await listSchedulesOfBranch(db, branch.id)).toEqual([])
    expect((await send('定时点名', '每天 20:00 时长500分钟')).reply).toContain('1 到 180 分钟')
  })

  it('says what to do when the group is not bound', async () => {
    const chat = await startChat()
    await chat.say({ id: 'admin-1', name: '管理员' }, '定时点名 每天 20:00')
    expect(chat.groupTexts()).toEqual(['本群还没有绑定支部。请书记发送：绑定支部 <支部名称>'])
    expect(await chat.db.schedule.count()).toBe(0)
    await chat.stop()
  })
})

describe('预告 and 补课提醒', () => {
  it('a one-off class gets a reminder 30 minutes before by default', async () => {
    const { reply } = await send('预告', '明天 20:00 流动课堂 学习二十届四中全会精神')
    const [s] = await listSchedulesOfBranch(db, branch.id)
    expect(s).toMatchObject({ kind: 'class', runAt: at('2026-11-28T19:30:00'), leadMinutes: 30, cron: null })
    expect(s?.topic).toBe('流动课堂 学习二十届四中全会精神')
    expect(reply).toContain('2026年11月28日（周六）20:00（一次） 开课，提前 30 分钟在群里提醒')
    expect(reply).toContain('时间：11月28日（周六）19:30')
  })

  it('a recurring class reminder shifts the rule; 提前N分钟 sets the lead; a class too soon is reminded next minute', async () => {
    await send('预告', '每周三 20:00 流动课堂 提前10分钟')
    await send('预告', '今天 20:05 临时党课')
    const [weekly, soon] = await listSchedulesOfBranch(db, branch.id)
    expect(weekly).toMatchObject({ cron: '50 19 * * 3', leadMinutes: 10, topic: '流动课堂' })
    expect(soon).toMatchObject({ runAt: at('2026-11-27T20:01:00'), leadMinutes: 4 })
    expect((await send('预告', '明天 20:00')).reply).toContain('请写课程主题')
  })

  it('补课提醒 creates a make-up reminder schedule', async () => {
    const { reply } = await send('补课提醒', '每周六 10:00')
    const [s] = await listSchedulesOfBranch(db, branch.id)
    expect(s).toMatchObject({ kind: 'makeup-reminder', cron: '0 10 * * 6' })
    expect(reply).toContain('每周六 10:00 提醒还欠补课的党员')
  })
})

describe('定时列表, pause, resume, cancel', () => {
  it('lists number, rule, topic, next time and paused marks', async () => {
    await send('定时点名', '每周三 20:00 学习交流')
    await send('补课提醒', '每周六 10:00')
    const [rollcall, makeup] = await listSchedulesOfBranch(db, branch.id)
    await send('暂停定时', String(makeup?.id))
    const { reply } = await send('定时列表', '')
    expect(reply).toBe(
      '本支部的定时任务：\n' +
        `编号${rollcall?.id} 定时点名「学习交流」每周三 20:00｜下次 12月2日（周三）20:00\n` +
        `编号${makeup?.id} 补课提醒每周六 10:00｜已暂停`,
    )
  })

  it('pause and resume change the registration; cancel removes it; numbers are checked', async () => {
    await send('定时点名', '每天 21:00')
    const [s] = await listSchedulesOfBranch(db, branch.id)
    const id = s?.id ?? 0
    expect((await send('暂停定时', `${id}`)).reply).toBe(`已暂停编号${id}：定时点名「点名」每天 21:00`)
    expect(engine.registeredScheduleIds()).toEqual([])
    expect((await send('暂停定时', `${id}`)).reply).toContain('已经是暂停状态')
    expect((await send('恢复定时', `编号${id}`)).reply).toBe(
      `已恢复编号${id}：定时点名「点名」每天 21:00，下次 11月27日（周五）21:00`,
    )
    expect(engine.registeredScheduleIds()).toEqual([id])
    const cancelled = await send('取消定时', `${id}`)
    expect(cancelled.reply).toBe(`已取消编号${id}：定时点名「点名」每天 21:00`)
    expect(cancelled.audits).toEqual([`取消定时:ok:编号${id}`])
    expect(engine.registeredScheduleIds()).toEqual([])
    expect((await send('定时列表', '')).reply).toContain('还没有定时任务')
    expect((await send('取消定时', `${id}`)).reply).toContain(`本支部没有编号${id}的定时任务`)
    expect((await send('取消定时', 'abc')).reply).toContain('请写编号')
  })

  it("cannot touch another branch's schedule", async () => {
    const { branch: other, room } = await h.newBranch('另一个支部')
    await send('定时点名', '每天 21:00', { room })
    const [theirs] = await listSchedulesOfBranch(db, other.id)
    const { reply, audits } = await send('取消定时', `${theirs?.id}`)
    expect(reply).toContain('本支部没有')
    expect(audits[0]).toMatch(/^取消定时:rejected/)
    expect(await listSchedulesOfBranch(db, other.id)).toHaveLength(1)
  })
})

describe('跳过日期', () => {
  it('marks holidays: 定时列表 says the next fire is skipped and when the one after is', async () => {
    await send('定时点名', '每周三 20:00 学习交流')
    const added = await send('跳过日期', '12月2日 元旦调休')
    expect(added.reply).toBe('好的，2026-12-02（元旦调休）所有定时任务都不执行。')
    expect(added.audits).toEqual(['跳过日期:ok:2026-12-02 元旦调休'])
    const list = (await send('定时列表', '')).reply
    expect(list).toContain('12月2日（周三）20:00（跳过：元旦调休），再下次 12月9日（周三）20:00')
    expect(list).toContain('跳过日期：2026-12-02（元旦调休）')

    const removed = await send('取消跳过', '12月2日')
    expect(removed.reply).toBe('已取消跳过 2026-12-02，定时任务照常执行。')
    expect((await send('定时列表', '')).reply).toContain('下次 12月2日（周三）20:00')
    expect((await send('取消跳过', '12月2日')).reply).toContain('本来就没有设为跳过')
  })

  it('takes ranges, shows skips in the creation reply, and refuses past dates', async () => {
    expect((await send('跳过日期', '12月1日至12月3日 培训')).reply).toContain(
      '2026-12-01 至 2026-12-03（3天）',
    )
    const { reply } = await send('定时点名', '每天 20:30')
    expect(reply).toContain('接下来三次：11月27日（周五）20:30、11月28日（周六）20:30、11月29日（周日）20:30')
    const created = await send('定时点名', '每周二 20:30')
    expect(created.reply).toContain('12月1日（周二）20:30（跳过：培训）')
    expect((await send('跳过日期', '2026-11-01')).reply).toContain('已经过去')
    expect((await send('跳过日期', '下雨天')).reply).toContain('没看懂日期')
  })
})

describe('a roll call scheduled a minute ahead', () => {
  it('fires once when the minute comes, survives a restart without firing again, and the list says it ran', async () => {
    await send('定时点名', '今天 20:01 学习交流 5分钟')
    const [s] = await listSchedulesOfBranch(db, branch.id)
    const registered = driver.active.get(`schedule-${s?.id}`)
    // Registered with node-cron for 20:01 Shanghai time (the one-off's minute, day and month).
    expect(registered).toMatchObject({ expression: '1 20 27 11 *', timeZone: 'Asia/Shanghai' })
    const tick = () => registered?.onTick()

    clock.set(at('2026-11-27T20:01:00.250'))
    tick() // node-cron's trigger: the engine reads the clock and fires the 20:01 minute
    await expect.poll(() => db.session.count()).toBe(1)
    expect(engine.registeredScheduleIds()).toEqual([]) // a one-off is unregistered once it has fired
    const session = await db.session.findFirstOrThrow()
    expect(session).toMatchObject({
      kind: 'rollcall',
      topic: '学习交流',
      openedAt: at('2026-11-27T20:01:00.250'),
    })
    expect(session.closesAt).toEqual(at('2026-11-27T20:06:00'))
    // a second trigger for the same minute (double registration, overlap) does nothing
    expect(await engine.fireSchedule(s?.id ?? 0, at('2026-11-27T20:01:30'))).toBe('taken')
    await engine.stop()
    expect(await db.session.count()).toBe(1)

    clock.set(at('2026-11-27T20:03:00'))
    const restarted = engineFor(db, clock, { driver: new RecordingDriver() })
    const report = await restarted.engine.start()
    expect(report).toEqual({ ran: [], missed: [] })
    expect(restarted.actions.calls).toEqual([])
    expect((await send('定时列表', '')).reply).toContain(
      '定时点名「学习交流」2026年11月27日（周五）20:01（一次）｜已执行',
    )
    await restarted.engine.stop()
  })

  it('a recurring schedule is registered again after a restart', async () => {
    await send('定时点名', '每周三 20:00 学习交流')
    await engine.stop()
    const restarted = engineFor(db, clock, { driver: new RecordingDriver() })
    await restarted.engine.start()
    const [s] = await listSchedulesOfBranch(db, branch.id)
    expect(restarted.engine.registeredScheduleIds()).toEqual([s?.id])
    await restarted.engine.stop()
  })
})
