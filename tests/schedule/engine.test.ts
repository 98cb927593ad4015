import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createDb, type Db } from '../../prisma/client.js'
import {
  addSkipDates,
  createSchedule,
  listFires,
  setSchedulePaused,
} from '../../prisma/repos/schedule/schedules.js'
import { ManualClock } from '../support/clock.js'
import { tempDatabase } from '../support/temp-db.js'
import { addRollCall, engineFor, makeBranch, RecordingActions, RecordingDriver } from './helpers.js'

// 2026-11-27 is a Friday; 12:00Z is 20:00 in Shanghai.
const at = (shanghai: string) => new Date(`${shanghai}+08:00`)

let t: Awaited<ReturnType<typeof tempDatabase>>
let db: Db
let branchId: number
beforeEach(async () => {
  t = await tempDatabase()
  db = t.db
  branchId = (await makeBranch(db)).id
})
afterEach(async () => t.cleanup())

describe('firing', () => {
  it('fires a due schedule once at its nominal minute and records it done', async () => {
    const clock = new ManualClock(at('2026-11-27T19:00:00'))
    const s = await addRollCall(db, branchId, '0 20 * * *', clock.now())
    const { engine, actions } = engineFor(db, clock)

    expect((await engine.fireDue(at('2026-11-27T19:59:00'))).get(s.id)).toBe('not-due')
    expect((await engine.fireDue(at('2026-11-27T20:00:37'))).get(s.id)).toBe('done')
    expect((await engine.fireDue(at('2026-11-27T20:00:50'))).get(s.id)).toBe('taken')

    expect(actions.calls).toHaveLength(1)
    expect(actions.calls[0]).toMatchObject({
      action: 'openRollCall',
      branchId,
      roomId: 'room-1',
      scheduleId: s.id,
      topic: '学习交流',
      minutes: 10,
      fireAt: at('2026-11-27T20:00:00'),
    })
    const fires = await listFires(db, s.id)
    expect(fires.map((f) => [f.fireAt.toISOString(), f.status])).toEqual([
      ['2026-11-27T12:00:00.000Z', 'done'],
    ])
  })

  it('tells the group when the action could not run (e.g. a session is already open)', async () => {
    const clock = new ManualClock(at('2026-11-27T19:00:00'))
    const s = await addRollCall(db, branchId, '0 20 * * *', clock.now())
    const { engine, actions, rooms } = engineFor(db, clock)
    actions.result = { ok: false, reason: '群里已有进行中的活动' }

    expect(await engine.fireSchedule(s.id, at('2026-11-27T20:00:00'))).toBe('failed')
    expect(rooms.sent).toEqual([
      { roomId: 'room-1', text: `定时任务编号${s.id}没有执行：群里已有进行中的活动` },
    ])
    expect((await listFires(db, s.id))[0]).toMatchObject({ status: 'failed', detail: '群里已有进行中的活动' })
  })

  it('honours "last day of the month" although node-cron is given 28-31', async () => {
    const clock = new ManualClock(at('2026-11-01T00:00:00'))
    const s = await addRollCall(db, branchId, '0 20 L * *', clock.now())
    const { engine, actions } = engineFor(db, clock)
    for (const day of ['28', '29'])
      expect((await engine.fireDue(at(`2026-11-${day}T20:00:00`))).get(s.id)).toBe('not-due')
    expect((await engine.fireDue(at('2026-11-30T20:00:00'))).get(s.id)).toBe('done')
    expect(actions.calls).toHaveLength(1)
  })

  it('reminds of a class leadMinutes before it starts', async () => {
    const clock = new ManualClock(at('2026-11-27T12:00:00'))
    const s = await createSchedule(db, {
      branchId,
      roomId: 'room-1',
      kind: 'class',
      phrase: '明天 20:00 流动课堂',
      cron: null,
      runAt: at('2026-11-28T19:30:00'),
      topic: '流动课堂',
      durationMinutes: 0,
      leadMinutes: 30,
      createdBy: 'admin-1',
      now: clock.now(),
    })
    const { engine, actions } = engineFor(db, clock)
    expect((await engine.fireDue(at('2026-11-28T19:30:00'))).get(s.id)).toBe('done')
    expect(actions.calls).toEqual([
      expect.objectContaining({
        action: 'remindClass',
        startsAt: at('2026-11-28T20:00:00'),
        leadMinutes: 30,
      }),
    ])
  })
})

describe('exactly once across two bot processes on one database file', () => {
  it('two engines with their own Prisma clients fire the same minutes concurrently: each fire happens once', async () => {
    const clock = new ManualClock(at('2026-11-27T19:00:00'))
    const schedules = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        addRollCall(db, branchId, '0 20 * * *', clock.now(), { roomId: `room-${i}` }),
      ),
    )
    const dbA = createDb(t.url)
    const dbB = createDb(t.url)
    try {
      const a = engineFor(dbA, clock, { instanceId: 'A' })
      const b = engineFor(dbB, clock, { instanceId: 'B' })
      const outcomes: string[] = []
      for (const day of ['27', '28', '29']) {
        const minute = at(`2026-11-${day}T20:00:00`)
        const [first, second] = day === '28' ? [b, a] : [a, b]
        const runs = await Promise.all([first, second, first].map((x) => x.engine.fireDue(minute)))
        for (const run of runs) outcomes.push(...run.values())
      }
      expect(outcomes.filter((o) => o === 'done')).toHaveLength(schedules.length * 3)
      expect(outcomes.filter((o) => o === 'taken')).toHaveLength(schedules.length * 3 * 2)
      expect(b.actions.calls.length).toBeGreaterThan(0) // both processes won some claims
      const calls = [...a.actions.calls, ...b.actions.calls]
      expect(calls).toHaveLength(schedules.length * 3)
      const keys = calls.map((c) => `${c.scheduleId}@${'fireAt' in c ? c.fireAt.toISOString() : '?'}`)
      expect(new Set(keys).size).toBe(keys.length)
      const fires = await db.scheduleFire.findMany()
      expect(fires).toHaveLength(schedules.length * 3)
      expect(fires.every((f) => f.status === 'done')).toBe(true)
    } finally {
      await dbA.$disconnect()
      await dbB.$disconnect()
    }
  })
})

describe('restart across a fire time', () => {
  it('two processes starting together catch up once: one run, one missed notice', async () => {
    const clock = new ManualClock(at('2026-11-26T19:00:00'))
    await addRollCall(db, branchId, '0 20 * * *', clock.now())
    clock.set(at('2026-11-27T20:04:00'))
    const dbA = createDb(t.url)
    const dbB = createDb(t.url)
    try {
      const a = engineFor(dbA, clock, { instanceId: 'A' })
      const b = engineFor(dbB, clock, { instanceId: 'B' })
      await Promise.all([a.engine.catchUp(clock.now()), b.engine.catchUp(clock.now())])
      expect([...a.actions.calls, ...b.actions.calls]).toHaveLength(1)
      const notices = [...a.rooms.sent, ...b.rooms.sent]
      expect(notices).toHaveLength(1)
      expect(notices[0]?.text).toContain('11月26日（周四）20:00')
    } finally {
      await dbA.$disconnect()
      await dbB.$disconnect()
    }
  })

  it('a fire missed within the grace period runs once after restart', async () => {
    const clock = new ManualClock(at('2026-11-27T19:50:00'))
    const s = await addRollCall(db, branchId, '0 20 * * *', clock.now())
    const a = engineFor(createDb(t.url), clock, { instanceId: 'A' })
    await a.engine.start()
    clock.set(at('2026-11-27T19:55:00'))
    await a.engine.stop()

    clock.set(at('2026-11-27T20:07:00'))
    const b = engineFor(db, clock, { instanceId: 'B' })
    const report = await b.engine.start()
    expect(report.ran).toEqual([{ scheduleId: s.id, fireAt: at('2026-11-27T20:00:00'), outcome: 'done' }])
    expect(b.actions.calls).toHaveLength(1)
    expect(b.rooms.sent).toEqual([])

    // another restart a minute later changes nothing
    clock.set(at('2026-11-27T20:08:00'))
    const c = engineFor(db, clock, { instanceId: 'C' })
    expect((await c.engine.start()).ran).toEqual([])
    expect(c.actions.calls).toEqual([])
    await Promise.all([a.engine.stop(), b.engine.stop(), c.engine.stop()])
  })

  it('older misses are recorded as missed and each group is told once, in one message', async () => {
    const clock = new ManualClock(at('2026-11-27T19:50:00'))
    const daily = await addRollCall(db, branchId, '0 20 * * *', clock.now())
    const evening = await addRollCall(db, branchId, '30 20 * * *', clock.now())
    const other = await addRollCall(db, branchId, '15 20 * * *', clock.now(), { roomId: 'room-2' })

    clock.set(at('2026-11-27T21:00:00'))
    const b = engineFor(db, clock, { instanceId: 'B' })
    const report = await b.engine.start()
    expect(b.actions.calls).toEqual([])
    expect(report.missed.map((m) => m.scheduleId).sort()).toEqual([daily.id, evening.id, other.id].sort())
    expect(b.rooms.sent).toHaveLength(2)
    const room1 = b.rooms.sent.find((m) => m.roomId === 'room-1')?.text ?? ''
    expect(room1).toContain('错过了 2 次定时任务')
    expect(room1).toContain(`编号${daily.id} 定时点名「学习交流」每天 20:00：11月27日（周五）20:00`)
    expect(room1).toContain(`编号${evening.id}`)
    expect((await listFires(db, daily.id))[0]).toMatchObject({ status: 'missed' })

    const c = engineFor(db, clock, { instanceId: 'C' })
    await c.engine.start()
    expect(c.rooms.sent).toEqual([])
    await b.engine.stop()
    await c.engine.stop()
  })

  it('runs only the latest of several missed fires and reports the older ones', async () => {
    const clock = new ManualClock(at('2026-11-25T12:00:00'))
    const s = await addRollCall(db, branchId, '0 20 * * *', clock.now())
    clock.set(at('2026-11-27T20:05:00'))
    const { engine, actions, rooms } = engineFor(db, clock)
    const report = await engine.catchUp(clock.now())
    expect(report.ran.map((r) => r.fireAt)).toEqual([at('2026-11-27T20:00:00')])
    expect(actions.calls).toHaveLength(1)
    expect(report.missed.map((m) => m.fireAt)).toEqual([at('2026-11-25T20:00:00'), at('2026-11-26T20:00:00')])
    expect(rooms.sent).toHaveLength(1)
    expect((await listFires(db, s.id)).map((f) => f.status)).toEqual(['missed', 'missed', 'done'])
  })
})

describe('skip dates and pause', () => {
  it('does not fire on a skip date, and a skipped day is not reported as missed', async () => {
    const clock = new ManualClock(at('2026-11-27T19:00:00'))
    const s = await addRollCall(db, branchId, '0 20 * * *', clock.now())
    await addSkipDates(db, branchId, ['2026-11-28', '2026-11-29'], '休息')
    const { engine, actions, rooms } = engineFor(db, clock)

    expect((await engine.fireDue(at('2026-11-28T20:00:00'))).get(s.id)).toBe('skipped')
    expect(actions.calls).toEqual([])
    clock.set(at('2026-11-30T08:00:00'))
    const report = await engine.catchUp(clock.now())
    expect(report.missed.map((m) => m.fireAt)).toEqual([at('2026-11-27T20:00:00')])
    expect(rooms.sent[0]?.text).not.toContain('11月29日')
    expect((await listFires(db, s.id)).map((f) => [f.fireAt.toISOString(), f.status, f.detail])).toEqual([
      ['2026-11-27T12:00:00.000Z', 'missed', '机器人离线，超过补发时限'],
      ['2026-11-28T12:00:00.000Z', 'skipped', '休息'],
      ['2026-11-29T12:00:00.000Z', 'skipped', '休息'],
    ])
  })

  it('a paused schedule does not fire; after resuming, the paused days are neither run nor reported', async () => {
    const clock = new ManualClock(at('2026-11-27T19:00:00'))
    const s = await addRollCall(db, branchId, '0 20 * * *', clock.now())
    const { engine, actions, rooms } = engineFor(db, clock)
    await setSchedulePaused(db, s.id, true, clock.now())
    expect((await engine.fireDue(at('2026-11-27T20:00:00'))).has(s.id)).toBe(false)
    expect(await engine.fireSchedule(s.id, at('2026-11-27T20:00:00'))).toBe('inactive')

    clock.set(at('2026-11-29T12:00:00'))
    await setSchedulePaused(db, s.id, false, clock.now())
    expect((await engine.catchUp(clock.now())).missed).toEqual([])
    expect(rooms.sent).toEqual([])
    expect((await engine.fireDue(at('2026-11-29T20:00:00'))).get(s.id)).toBe('done')
    expect(actions.calls).toHaveLength(1)
  })
})

describe('registration', () => {
  it('registers active schedules at start and follows changes through refresh', async () => {
    const clock = new ManualClock(at('2026-11-27T19:00:00'))
    const daily = await addRollCall(db, branchId, '0 20 * * *', clock.now())
    const lastDay = await addRollCall(db, branchId, '0 20 L * *', clock.now())
    const driver = new RecordingDriver()
    const { engine, actions } = engineFor(db, clock, { driver })
    await engine.start()
    expect(engine.registeredScheduleIds()).toEqual([daily.id, lastDay.id])
    expect(driver.active.get(`schedule-${lastDay.id}`)).toMatchObject({
      expression: '0 20 28-31 * *',
      timeZone: 'Asia/Shanghai',
    })

    await setSchedulePaused(db, daily.id, true, clock.now())
    await engine.refresh(daily.id)
    expect(engine.registeredScheduleIds()).toEqual([lastDay.id])
    await setSchedulePaused(db, daily.id, false, clock.now())
    await engine.refresh(daily.id)
    expect(engine.registeredScheduleIds()).toEqual([daily.id, lastDay.id])

    // a tick is just "now": the engine works out the minute and whether it is due
    clock.set(at('2026-11-27T20:00:00.120'))
    driver.active.get(`schedule-${daily.id}`)?.onTick()
    await expect.poll(() => actions.calls.length).toBe(1)
    clock.set(at('2026-11-28T20:00:00'))
    driver.active.get(`schedule-${lastDay.id}`)?.onTick() // the 28th is not the last day of November
    await engine.stop()
    expect(actions.calls).toHaveLength(1)
    expect(driver.active.size).toBe(0)
  })

  it('the periodic sweep fires a schedule whose tick was lost (or that another process created)', async () => {
    const clock = new ManualClock(at('2026-11-27T19:00:00'))
    const driver = new RecordingDriver()
    const { engine, actions } = engineFor(db, clock, { driver })
    await engine.start()
    const sweep = driver.active.get('schedule-sweep')
    expect(sweep).toMatchObject({ expression: '*/5 * * * *', timeZone: 'Asia/Shanghai' })
    // created behind this engine's back: never registered here
    const s = await addRollCall(db, branchId, '0 20 * * *', clock.now())
    expect(engine.registeredScheduleIds()).toEqual([])
    clock.set(at('2026-11-27T20:05:00'))
    sweep?.onTick()
    await expect.poll(() => actions.calls.length).toBe(1)
    expect(actions.calls[0]).toMatchObject({ scheduleId: s.id, fireAt: at('2026-11-27T20:00:00') })
    expect((await engine.catchUp(at('2026-11-27T20:10:00'))).ran).toEqual([])
    await engine.stop()
  })

  it('production driver: node-cron tasks carry the expression and the Shanghai time zone', async () => {
    const cron = await import('node-cron')
    const { nodeCronDriver } = await import('../../bot/scheduler/cron-driver.js')
    const clock = new ManualClock(new Date())
    const s = await addRollCall(db, branchId, '0 20 L * *', clock.now())
    const { engine } = engineFor(db, clock, { driver: nodeCronDriver, actions: new RecordingActions() })
    await engine.start()
    try {
      const task = [...cron.getTasks().values()].find((x) => x.name === `schedule-${s.id}`)
      expect(task?.getPattern()).toBe('0 20 28-31 * *')
      expect((task as unknown as { timezone?: string }).timezone).toBe('Asia/Shanghai')
      const next = task?.getNextRun()
      expect(next && new Date(next).getUTCHours()).toBe(12) // 20:00 in Shanghai
      expect(task?.getStatus()).not.toBe('stopped')
    } finally {
      await engine.stop()
    }
    expect([...cron.getTasks().values()].some((x) => x.name === `schedule-${s.id}`)).toBe(false)
  })
})

describe('re-linking a group', () => {
  it('moves its schedules to the new room id, so fires go to the right group', async () => {
    const { moveSchedulesToRoom } = await import('../../prisma/repos/schedule/schedules.js')
    const clock = new ManualClock(at('2026-11-27T19:00:00'))
    const s = await addRollCall(db, branchId, '0 20 * * *', clock.now(), { roomId: 'old-room' })
    expect(await moveSchedulesToRoom(db, 'old-room', 'new-room')).toBe(1)
    const { engine, actions } = engineFor(db, clock)
    await engine.fireDue(at('2026-11-27T20:00:00'))
    expect(actions.calls).toEqual([expect.objectContaining({ scheduleId: s.id, roomId: 'new-room' })])
  })
})
