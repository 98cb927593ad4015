// Each family of time phrases through the real 定时点名 / 预告 / 补课提醒 handlers: what is stored, what the
// secretary reads back, what the engine registers, and what is asked or refused instead.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Branch } from '../../handlers/types.js'
import { listSchedulesOfBranch } from '../../prisma/repos/schedule/schedules.js'
import { scheduleHarness } from './helpers.js'

// Friday 27 November 2026, 20:00 in Shanghai
const at = (shanghai: string) => new Date(`${shanghai}+08:00`)

let h: Awaited<ReturnType<typeof scheduleHarness>>
let branch: Branch
let room: string
beforeAll(async () => {
  h = await scheduleHarness(at('2026-11-27T20:00:00'))
})
afterAll(async () => h.close())
beforeEach(async () => {
  ;({ branch, room } = await h.newBranch())
})

const send = (command: string, args: string) => h.send(command, args, { room })
const stored = () => listSchedulesOfBranch(h.db, branch.id)

/** Sends, expects it accepted, returns the reply's two lines and the stored row. */
async function create(command: string, args: string) {
  const before = (await stored()).length
  const { reply } = await send(command, args)
  const rows = await stored()
  if (rows.length !== before + 1) throw new Error(`${command} ${args} was not accepted: ${reply}`)
  const row = rows.at(-1)
  if (!row) throw new Error('no row')
  const [done, times] = reply.split('\n')
  return { row, done: done ?? '', times: times ?? '' }
}

async function refused(command: string, args: string) {
  const before = (await stored()).length
  const { reply, audits } = await send(command, args)
  expect(await stored()).toHaveLength(before)
  expect(audits[0]).toMatch(new RegExp(`^${command}:rejected:`))
  return reply
}

describe('shorthand days', () => {
  it('每晚 / 明早 / 今晚 / 后天晚上 / 大后天 carry their part of the day', async () => {
    const nightly = await create('定时点名', '每晚九点 学习')
    expect(nightly.row).toMatchObject({ cron: '0 21 * * *', topic: '学习' })
    expect(nightly.done).toContain('每天 21:00 点名「学习」')
    expect(nightly.times).toBe(
      '接下来三次：11月27日（周五）21:00、11月28日（周六）21:00、11月29日（周日）21:00',
    )
    expect((await create('定时点名', '明早8点 集合')).row.runAt).toEqual(at('2026-11-28T08:00:00'))
    expect((await create('定时点名', '今晚 9 点半 支委会')).row.runAt).toEqual(at('2026-11-27T21:30:00'))
    expect((await create('定时点名', '后天晚上7点 党员大会')).row.runAt).toEqual(at('2026-11-29T19:00:00'))
    expect((await create('定时点名', '大后天 上午9点 走访')).row.runAt).toEqual(at('2026-11-30T09:00:00'))
  })

  it('asks for the hour when only the day was written', async () => {
    expect(await refused('定时点名', '每晚')).toBe('「每晚」是几点？例如 每晚8点')
    expect(await refused('预告', '后天晚上 党课')).toBe('「后天 晚上」是几点？例如 后天 晚上8点')
  })
})

describe('several weekdays or days', () => {
  it.each([
    ['周二和周四 晚上8点 学习', '0 20 * * 2,4', '每周二、四 20:00'],
    ['周一、三 晚上8点', '0 20 * * 1,3', '每周一、三 20:00'],
    ['星期一到星期五 晚上8点', '0 20 * * 1-5', '工作日 20:00'],
    ['每月5号和20号 晚上8点 主题党日', '0 20 5,20 * *', '每月5日、20日 20:00'],
  ])('%s → %s', async (phrase, cron, words) => {
    const { row, done } = await create('定时点名', phrase)
    expect(row.cron).toBe(cron)
    expect(done).toContain(words)
  })
})

describe('every other week and every N weeks', () => {
  it('stores the cycle on the schedule and lists occurrences two or three weeks apart', async () => {
    const other = await create('定时点名', '隔周周六 上午9点 志愿服务')
    expect(other.row).toMatchObject({ cron: '0 9 * * 6', everyWeeks: 2, weekAnchor: '2026-11-23' })
    expect(other.done).toContain('隔周周六 9:00 点名「志愿服务」')
    expect(other.times).toBe('接下来三次：11月28日（周六）9:00、12月12日（周六）9:00、12月26日（周六）9:00')
    const sunday = await create('定时点名', '每两周的周日 晚上8点')
    expect(sunday.times).toBe(
      '接下来三次：11月29日（周日）20:00、12月13日（周日）20:00、12月27日（周日）20:00',
    )
    const third = await create('补课提醒', '每三周的周四 晚上8点')
    expect(third.done).toContain('每三周的周四 20:00 提醒还欠补课的党员')
    expect(third.times).toBe(
      '接下来三次：12月3日（周四）20:00、12月24日（周四）20:00、2027年1月14日（周四）20:00',
    )
    expect(h.driver.active.get(`schedule-${third.row.id}`)?.expression).toBe('0 20 * * 4')
  })

  it('asks which weekday, or which cycle, rather than guess', async () => {
    expect(await refused('定时点名', '每三周 晚上8点')).toBe('「每三周」是周几？例如 每三周的周六 上午9点')
    expect(await refused('定时点名', '双周周五 晚上8点')).toContain('「双周」是几周一次？')
  })

  it('a start day moves the first time: 从12月10日起', async () => {
    const { row, done, times } = await create('定时点名', '从12月10日起每周三晚上8点 党课')
    expect(row).toMatchObject({ cron: '0 20 * * 3', startsOn: '2026-12-10', topic: '党课' })
    expect(done).toContain('每周三 20:00（12月10日起）')
    expect(times).toBe('接下来三次：12月16日（周三）20:00、12月23日（周三）20:00、12月30日（周三）20:00')
  })
})

describe('the n-th or last weekday of a month', () => {
  it('uses the weekday#n and weekdayL forms; node-cron ticks every such weekday', async () => {
    const second = await create('定时点名', '每月第二个周六 晚上8点 党课')
    expect(second.row.cron).toBe('0 20 * * 6#2')
    expect(second.done).toContain('每月第二个周六 20:00 点名「党课」')
    expect(second.times).toBe(
      '接下来三次：12月12日（周六）20:00、2027年1月9日（周六）20:00、2027年2月13日（周六）20:00',
    )
    expect(h.driver.active.get(`schedule-${second.row.id}`)?.expression).toBe('0 20 * * 6')
    const last = await create('定时点名', '每月最后一个周日 晚上8点')
    expect(last.row.cron).toBe('0 20 * * 0L')
    expect(last.times).toBe(
      '接下来三次：11月29日（周日）20:00、12月27日（周日）20:00、2027年1月31日（周日）20:00',
    )
  })
})

describe('yearly dates', () => {
  it('named days and month-day dates repeat every year, shown with the year', async () => {
    const july = await create('定时点名', '每年七一上午9点 建党节活动')
    expect(july.row).toMatchObject({ cron: '0 9 1 7 *', topic: '建党节活动' })
    expect(july.done).toContain('每年7月1日 9:00')
    expect(july.times).toBe(
      '接下来三次：2027年7月1日（周四）9:00、2028年7月1日（周六）9:00、2029年7月1日（周日）9:00',
    )
    expect((await create('定时点名', '每年3月5日 上午9点')).row.cron).toBe('0 9 5 3 *')
    expect(await refused('定时点名', '每年春节 上午10点')).toContain('「春节」按农历算')
  })
})

describe('relative one-offs', () => {
  it.each([
    ['三天后 晚上8点 学习', '2026-11-30T20:00:00'],
    ['下周五 晚上8点', '2026-12-04T20:00:00'],
    ['下下周一 晚上8点', '2026-12-07T20:00:00'],
    ['下个月8号 晚上8点', '2026-12-08T20:00:00'],
  ])('%s', async (phrase, when) => {
    const { row, done } = await create('定时点名', phrase)
    expect(row).toMatchObject({ cron: null, runAt: at(when) })
    expect(done).toContain('（一次）')
  })
})

describe('times as people type them', () => {
  it('整 / 钟 / spaces / 一刻 / 零五 stay out of the topic; 晚上12点 is the midnight that ends the day', async () => {
    expect((await create('定时点名', '每周三晚上八点整 党课')).row).toMatchObject({
      cron: '0 20 * * 3',
      topic: '党课',
    })
    expect((await create('定时点名', '每天 晚上 8 点 半 学习')).row).toMatchObject({
      cron: '30 20 * * *',
      topic: '学习',
    })
    expect((await create('定时点名', '每周五晚上八点一刻 点名')).row.cron).toBe('15 20 * * 5')
    expect((await create('定时点名', '每周五晚上九点零五')).row.cron).toBe('5 21 * * 5')
    const midnight = await create('定时点名', '每周六晚上12点 周总结')
    expect(midnight.row.cron).toBe('0 0 * * 0')
    expect(midnight.done).toContain('每周日 0:00')
  })

  it('a window sets the roll call length', async () => {
    expect((await create('定时点名', '每周一 晚上8点到8点半 学习')).row).toMatchObject({
      durationMinutes: 30,
      topic: '学习',
    })
  })

  it('asks morning or evening for a bare hour, and names an impossible time', async () => {
    expect(await refused('定时点名', '每天 8点 打卡')).toBe(
      '「8点」是早上还是晚上？请写「早上8点」或「晚上8点」（也可以写 8:00 或 20:00）',
    )
    expect(await refused('定时点名', '每周三 19:75 党课')).toMatch(/^「19:75」不是正常的时间。例如/)
    expect(await refused('定时点名', '每周三 党课 晚上8点')).toMatch(
      /^「每周三」后面要紧接着写几点，没看懂「党课」/,
    )
    expect(await refused('定时点名', '每周三晚上8点和周五晚上9点')).toContain('没看懂「和周五」')
  })
})

describe('预告 before the new kinds of rule', () => {
  it('shifts every-N-weeks rules earlier, across midnight with their week cycle', async () => {
    const evening = await create('预告', '隔周周六 晚上8点 流动课堂')
    expect(evening.row).toMatchObject({ cron: '30 19 * * 6', everyWeeks: 2, leadMinutes: 30 })
    const late = await create('预告', '隔周周日 0:10 夜读')
    expect(late.row).toMatchObject({ cron: '40 23 * * 6', everyWeeks: 2, weekAnchor: '2026-11-22' })
    expect(late.times).toBe('接下来三次：11月28日（周六）23:40、12月12日（周六）23:40、12月26日（周六）23:40')
  })

  it('shifts an n-th weekday within its day, and says so when it cannot cross midnight', async () => {
    expect((await create('预告', '每月第一个周六 上午9点 主题党日 提前1小时')).row).toMatchObject({
      cron: '0 8 * * 6#1',
      leadMinutes: 60,
    })
    expect(await refused('预告', '每月第一个周六 0:10 夜读')).toContain('没法往前推 30 分钟提醒')
  })
})
