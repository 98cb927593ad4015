// npm run bench:gateway — N members of one group, all checked in, answer a roll call at once through a
// wechaty-puppet-service gateway (PuppetServer + mock puppet on 127.0.0.1, heartbeats on, one message in ten
// 1–20 ms slower to load) and the secretary sends 结束 straight after. Prints the time from the first sign-in
// to a correct summary, and whether every sign-in counted. Asserts nothing.
import { startBurstWorld } from '../tests/support/burst.js'

const SIZES = (process.env.BENCH_SIZES ?? '300,1000,2000').split(',').map(Number)

for (const n of SIZES) {
  const world = await startBurstWorld(n)
  try {
    await world.openRollCall('点名')
    const started = performance.now()
    await world.burstThenClose()
    const ms = performance.now() - started
    const session = await world.bot.db.session.findFirstOrThrow()
    const present = await world.bot.db.attendance.count({
      where: { sessionId: session.id, status: 'present' },
    })
    const right = session.summary?.includes(`实到会党员${n}名`) === true
    console.log(
      `N=${n}: first sign-in to correct summary ${(ms / 1000).toFixed(2)} s; ${present}/${n} present; ` +
        `summary right: ${right ? 'yes' : 'NO'}`,
    )
  } finally {
    await world.stop()
  }
}
process.exit(0)
