// The engine, on a hand-moved clock, fires the new kinds of rule exactly once per occurrence: node-cron ticks
// on a wider expression (every Saturday for "隔周周六" or "每月第二个周六"), twice when it misfires, and the
// engine decides which ticks are occurrences and claims each once.
import { CronExpressionParser } from 'cron-parser'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { FireOutcome } from '../../bot/scheduler/engine.js'
import type { Branch } from '../../handlers/types.js'
import { listFires, listSchedulesOfBranch } from '../../prisma/repos/schedule/schedules.js'
import { engineFor, scheduleHarness } from './helpers.js'

const at = (shanghai: string) => new Date(`${shanghai}+08:00`)
const START = at('2026-11-27T20:00:00') // a Friday

let h: Awaited<ReturnType<typeof scheduleHarness>>
let branch: Branch
let room: string
beforeAll(async () => {
  h = await scheduleHarness(START)
})
afterAll(async () => h.close())
beforeEach(async () => {
  h.clock.set(START)
  ;({ branch, room } = await h.newBranch())
})

/** Creates a roll call through 定时点名 and returns its id. */
async function rollCall(phrase: string): Promise<number> {
  await h.send('定时点名', phrase, { room })
  const id = (await listSchedulesOfBranch(h.db, branch.id)).at(-1)?.id
  if (id === undefined) throw new Error(`not accepted: ${phrase}`)
  return id
}

/** Every node-cron tick of the registered expression up to `until`, each delivered `deliveries` times. */
async function tickUntil(id: number, until: Date, deliveries = 2): Promise<Map<string, FireOutcome[]>> {
  const expression = h.driver.active.get(`schedule-${id}`)?.expression
  if (!expression) throw new Error('not registered')
  const ticks = CronExpressionParser.parse(expression, {
    tz: 'Asia/Shanghai',
    currentDate: START,
    endDate: until,
  })
  const outcomes = new Map<string, FireOutcome[]>()
  while (ticks.hasNext()) {
    const tick = ticks.next().toDate()
    h.clock.set(new Date(tick.getTime() + 250))
    const delivered: FireOutcome[] = []
    for (let n = 0; n < deliveries; n++) delivered.push(await h.engine.fireSchedule(id, h.clock.now()))
    outcomes.set(tick.toISOString(), delivered)
  }
  return outcomes
}

/** The occurrences the engine recorded as done (each fire claimed once, then acted on). */
const firedAt = async (id: number) =>
  (
    await h.db.scheduleFire.findMany({
      where: { scheduleId: id, status: 'done' },
      orderBy: { fireAt: 'asc' },
    })
  ).map((f) => f.fireAt)

describe('exactly once per occurrence', () => {
  it('every other week: ticks every Saturday, fires on alternate ones', async () => {
    const id = await rollCall('隔周周六 上午9点 志愿服务')
    const outcomes = await tickUntil(id, at('2027-01-31T00:00:00'))
    expect(outcomes.size).toBe(10)
    const occurrences = ['2026-11-28', '2026-12-12', '2026-12-26', '2027-01-09', '2027-01-23']
    expect(await firedAt(id)).toEqual(occurrences.map((d) => at(`${d}T09:00:00`)))
    expect(outcomes.get(at('2026-11-28T09:00:00').toISOString())).toEqual(['done', 'taken'])
    expect(outcomes.get(at('2026-12-05T09:00:00').toISOString())).toEqual(['not-due', 'not-due'])
    expect((await listFires(h.db, id)).every((f) => f.status === 'done')).toBe(true)
  })

  it('the second Saturday and the last Sunday of each month', async () => {
    const second = await rollCall('每月第二个周六 晚上8点 党课')
    await tickUntil(second, at('2027-02-28T00:00:00'), 1)
    expect(await firedAt(second)).toEqual(
      ['2026-12-12', '2027-01-09', '2027-02-13'].map((d) => at(`${d}T20:00:00`)),
    )
    h.clock.set(START)
    ;({ branch, room } = await h.newBranch())
    const last = await rollCall('每月最后一个周日 晚上8点')
    await tickUntil(last, at('2027-02-01T00:00:00'), 1)
    expect(await firedAt(last)).toEqual(
      ['2026-11-29', '2026-12-27', '2027-01-31'].map((d) => at(`${d}T20:00:00`)),
    )
  })

  it('a yearly date fires once a year', async () => {
    const id = await rollCall('每年七一上午9点 建党节活动')
    expect(h.driver.active.get(`schedule-${id}`)?.expression).toBe('0 9 1 7 *')
    const outcomes = await tickUntil(id, at('2029-12-31T00:00:00'))
    expect([...outcomes.values()]).toEqual([
      ['done', 'taken'],
      ['done', 'taken'],
      ['done', 'taken'],
    ])
    expect(await firedAt(id)).toEqual(['2027', '2028', '2029'].map((y) => at(`${y}-07-01T09:00:00`)))
    expect(await h.engine.fireSchedule(id, at('2030-07-02T09:00:00'))).toBe('not-due')
  })

  it('晚上12点 fires at 0:00 of the next day; a start day holds back the weeks before it', async () => {
    const midnight = await rollCall('每周六晚上12点 周总结')
    await tickUntil(midnight, at('2026-12-14T00:00:00'), 1)
    expect(await firedAt(midnight)).toEqual([
      at('2026-11-29T00:00:00'),
      at('2026-12-06T00:00:00'),
      at('2026-12-13T00:00:00'),
    ])
    h.clock.set(START)
    const later = await rollCall('从12月10日起每周三晚上8点 党课')
    const outcomes = await tickUntil(later, at('2026-12-24T00:00:00'), 1)
    expect([...outcomes.values()].map((o) => o[0])).toEqual(['not-due', 'not-due', 'done', 'done'])
  })
})

describe('a restart across an every-other-week schedule', () => {
  it('runs the occurrence within grace, reports only real occurrences as missed, never the off weeks', async () => {
    const id = await rollCall('隔周周六 上午9点 志愿服务')
    h.clock.set(at('2026-12-26T09:05:00'))
    const restarted = engineFor(h.db, h.clock, { instanceId: 'restarted', lookbackHours: 30 * 24 })
    const report = await restarted.engine.catchUp(h.clock.now())
    const mine = (r: { scheduleId: number }) => r.scheduleId === id
    expect(report.ran.filter(mine)).toEqual([
      { scheduleId: id, fireAt: at('2026-12-26T09:00:00'), outcome: 'done' },
    ])
    expect(report.missed.filter(mine).map((m) => m.fireAt)).toEqual([
      at('2026-11-28T09:00:00'),
      at('2026-12-12T09:00:00'),
    ])
    const notice = restarted.rooms.sent.map((m) => m.text).join('\n')
    expect(notice).toContain('12月12日（周六）9:00')
    expect(notice).not.toMatch(/12月5日|12月19日/)
    expect((await restarted.engine.catchUp(at('2026-12-26T09:08:00'))).ran.filter(mine)).toEqual([])
    expect(restarted.actions.calls.filter(mine)).toHaveLength(1)
  })
})
