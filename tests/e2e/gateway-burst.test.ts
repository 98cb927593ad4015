// Issue 15: 1,000 members answer a roll call at once through a wechaty-puppet-service gateway and the
// secretary sends 结束 straight after. Every sign-in sent before 结束 must be in the summary, whatever order
// Wechaty finishes loading the messages in. The loss was intermittent, so the burst runs several times.
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startBurstWorld, type BurstWorld } from '../support/burst.js'

const MEMBERS = 1000
const ROUNDS = 3

let world: BurstWorld
beforeAll(async () => {
  world = await startBurstWorld(MEMBERS)
}, 120_000)
afterAll(() => world?.stop())

it(`records every one of ${MEMBERS} sign-ins sent before an immediate 结束, ${ROUNDS} times in a row`, async () => {
  const { bot, room } = world
  for (let round = 1; round <= ROUNDS; round++) {
    await world.openRollCall(`第${round}轮`)
    const started = Date.now()
    await world.burstThenClose()
    const session = await bot.db.session.findFirstOrThrow({ where: { topic: `第${round}轮` } })
    console.info(`round ${round}: ${MEMBERS} sign-ins then 结束 → summary in ${Date.now() - started} ms`)
    expect(session.summary).toContain(`应到会党员${MEMBERS}名，实到会党员${MEMBERS}名`)
    expect(session.summary).toContain('缺席0名，出勤率100%')
    expect(await bot.db.attendance.count({ where: { sessionId: session.id, status: 'present' } })).toBe(
      MEMBERS,
    )
  }
  await bot.running.idle()
  const summaries = bot.sentTo(room.id).filter((t) => t.includes('实到会党员'))
  expect(summaries).toHaveLength(ROUNDS)
}, 300_000)
