// Schedules on both databases: each fire is claimed by exactly one process, times keep their milliseconds.
import { expect, it } from 'vitest'
import {
  addSkipDates,
  claimFire,
  createSchedule,
  finishFire,
  fireTimesSince,
  listActiveSchedules,
  listFires,
  removeSkipDates,
  setSchedulePaused,
  skipDatesFrom,
  skipReason,
} from '../../prisma/repos/schedule/schedules.js'
import type { Db } from '../../prisma/client.js'
import { describeOnEachProvider, uniqueName } from './providers.js'

const now = new Date('2026-03-04T12:00:00.123Z')

async function newSchedule(db: Db) {
  const branch = await db.branch.create({ data: { name: uniqueName('定时支部') } })
  const schedule = await createSchedule(db, {
    branchId: branch.id,
    roomId: uniqueName('room'),
    kind: 'rollcall',
    phrase: '每周三 20:00',
    cron: '0 20 * * 3',
    runAt: null,
    topic: '学习交流',
    durationMinutes: 10,
    leadMinutes: 0,
    createdBy: 'sec',
    now,
  })
  return { branch, schedule }
}

describeOnEachProvider('schedule repositories', (t) => {
  it('gives each fire time to exactly one of two processes claiming all of them at once', async () => {
    const { schedule } = await newSchedule(t.db())
    const fireTimes = Array.from({ length: 20 }, (_, i) => new Date(now.getTime() + i * 60_000))
    const claimAll = (db: Db, who: string, order: Date[]) =>
      Promise.all(
        order.map((fireAt) =>
          claimFire(db, { scheduleId: schedule.id, fireAt, status: 'claimed', claimedBy: who, now }),
        ),
      )
    const [a, b] = await Promise.all([
      claimAll(t.db(), 'A', fireTimes),
      claimAll(t.otherProcess(), 'B', [...fireTimes].reverse()),
    ])
    const won = [...a, ...b.reverse()].filter(Boolean)
    expect(won).toHaveLength(fireTimes.length)
    const fires = await listFires(t.db(), schedule.id)
    expect(fires.map((f) => f.fireAt)).toEqual(fireTimes)
  })

  it('records how a fire ended and reads fire times back to the millisecond', async () => {
    const { schedule } = await newSchedule(t.db())
    const fireAt = new Date('2026-03-04T12:00:00.789Z')
    await claimFire(t.db(), { scheduleId: schedule.id, fireAt, status: 'claimed', claimedBy: 'A', now })
    await finishFire(t.db(), { scheduleId: schedule.id, fireAt }, 'done', '已开场'.repeat(200))
    const [fire] = await listFires(t.db(), schedule.id)
    expect(fire).toMatchObject({ status: 'done', fireAt })
    expect(fire!.detail).toHaveLength(500)
    expect(await fireTimesSince(t.db(), schedule.id, new Date(fireAt.getTime() - 1))).toEqual(
      new Set([fireAt.getTime()]),
    )
    expect(await fireTimesSince(t.db(), schedule.id, fireAt)).toEqual(new Set())
  })

  it('pauses and resumes a schedule, resuming from the moment it was resumed', async () => {
    const { schedule } = await newSchedule(t.db())
    await setSchedulePaused(t.db(), schedule.id, true, now)
    expect((await listActiveSchedules(t.db())).map((s) => s.id)).not.toContain(schedule.id)
    const later = new Date(now.getTime() + 86_400_000)
    expect(await setSchedulePaused(t.db(), schedule.id, false, later)).toMatchObject({
      paused: false,
      activeSince: later,
    })
  })

  it('keeps skip dates in date order, replacing the reason of a date added twice', async () => {
    const { branch } = await newSchedule(t.db())
    await addSkipDates(t.db(), branch.id, ['2026-10-02', '2026-10-01'], '国庆')
    await addSkipDates(t.db(), branch.id, ['2026-10-01', '2026-09-30'], '国庆节')
    expect([...(await skipDatesFrom(t.db(), branch.id, '2026-10-01'))]).toEqual([
      ['2026-10-01', '国庆节'],
      ['2026-10-02', '国庆'],
    ])
    expect(await removeSkipDates(t.db(), branch.id, ['2026-10-02', '2026-12-25'])).toBe(1)
    expect(await skipReason(t.db(), branch.id, '2026-09-30')).toBe('国庆节')
    expect(await skipReason(t.db(), branch.id, '2026-10-02')).toBeNull()
  })
})
