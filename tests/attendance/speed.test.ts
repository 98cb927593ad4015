// Unit-level cost of a roll-call burst: sign-ins through the hear-handler plus the batched writes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAttendance } from '../../handlers/attendance/index.js'
import type { Branch, Db } from '../../handlers/types.js'
import { ManualClock } from '../support/clock.js'
import { fakeContext } from '../support/fake-context.js'
import { tempDatabase } from '../support/temp-db.js'

const N = 2000
let temp: Awaited<ReturnType<typeof tempDatabase>>
let db: Db
let branch: Branch

beforeAll(async () => {
  temp = await tempDatabase()
  db = temp.db
  branch = await db.branch.create({ data: { name: '大支部' } })
  await db.member.createMany({
    data: Array.from({ length: N }, (_, i) => ({
      branchId: branch.id,
      name: `党员${i}`,
      contactId: `c-${i}`,
    })),
  })
})
afterAll(() => temp.cleanup())

async function burst(room: string, count: number) {
  const clock = new ManualClock()
  const feature = createAttendance()
  const opener = fakeContext({
    db,
    clock,
    role: 'secretary',
    branch,
    msg: { roomId: room, talkerId: 'admin' },
  })
  const opening = performance.now()
  await feature.openSession(opener, {
    branchId: branch.id,
    roomId: room,
    kind: 'rollcall',
    openedBy: 'admin',
  })
  const openMs = performance.now() - opening
  const spec = feature.handlers.find((h) => h.id === 'attendance.signin')!
  const contexts = Array.from({ length: count }, (_, i) =>
    fakeContext({
      db,
      clock,
      branch,
      msg: { roomId: room, talkerId: `c-${i}`, text: '到', at: clock.now() },
    }),
  )
  const started = performance.now()
  for (const ctx of contexts) {
    if (!spec.hears!(ctx.msg)) throw new Error('not claimed')
    await spec.run(ctx)
  }
  await feature.flush(db, opener.log)
  const ms = performance.now() - started
  const stored = await db.attendance.count({ where: { session: { roomId: room }, status: 'present' } })
  const replies = contexts.reduce((n, c) => n + c.out.sent.length, 0)
  await feature.closeSession(opener, { roomId: room, closedBy: 'admin' })
  return { ms, stored, replies, openMs }
}

describe('roll-call burst (unit level)', () => {
  it('records 500 and 2,000 sign-ins cheaply, with no reply per sign-in', async () => {
    await burst('warm-up', 50)
    const small = await burst('room-50', 50)
    const mid = await burst('room-500', 500)
    const big = await burst('room-2000', 2000)
    console.info(
      `sign-in burst: 50 → ${small.ms.toFixed(1)} ms, 500 → ${mid.ms.toFixed(1)} ms, 2000 → ${big.ms.toFixed(1)} ms ` +
        `(${((big.ms / 2000) * 1000).toFixed(0)} µs per sign-in at 2000); opening a 2000-member session ${big.openMs.toFixed(0)} ms`,
    )
    expect([small.stored, mid.stored, big.stored]).toEqual([50, 500, 2000])
    expect(small.replies + mid.replies + big.replies).toBe(0)
    expect(mid.ms).toBeLessThan(500)
    expect(big.ms / 2000).toBeLessThan(1)
  })
})
