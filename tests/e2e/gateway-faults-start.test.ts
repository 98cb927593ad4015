// Issue 9, continued: a gateway that is down when the bot starts, a roll call that fell due while the gateway
// was down, and listeners or the database failing during login, over the same real gRPC path.
import { afterEach, describe, expect, it } from 'vitest'
import { dailyRollCallAt20 } from '../support/schedules.js'
import { waitFor } from '../support/gateway.js'
import { ROOM, answersHelp, fixture, healthy, recovered, stopAll, toRoom } from './gateway-fault-world.js'

afterEach(stopAll)

describe('the bot recovers by itself from start-up faults', () => {
  it('a gateway that is down when the bot starts: the bot keeps trying and comes up with it', async () => {
    const since = Date.now()
    const f = await fixture({ gatewayDownAtStart: true })
    await recovered(f, 'gateway down at start', since)
    expect(f.bot.logs.text()).toMatch(/UNAVAILABLE|ECONNREFUSED/)
  }, 60_000)

  it('a roll call due while the gateway is down: one missed notice, no late opening, nothing twice', async () => {
    const f = await fixture()
    await waitFor(healthy(f))
    const fireAt = new Date('2026-11-28T12:00:00Z')
    await f.bot.db.schedule.create({
      data: dailyRollCallAt20({
        branchId: (await f.bot.db.branch.findFirstOrThrow()).id,
        roomId: ROOM,
        createdBy: f.secretary.id,
        since: new Date('2026-11-28T11:00:00Z'),
      }),
    })
    await f.gateway.stop()
    await waitFor(() => !f.bot.running.health.healthy, 10_000)
    f.clock.set(fireAt)
    expect([...(await f.bot.running.runtime.scheduler.fireDue(fireAt)).values()]).toEqual(['offline'])
    f.clock.set(new Date(fireAt.getTime() + 12 * 60_000))
    await f.gateway.start()
    f.gateway.startHeartbeats(300)
    await waitFor(healthy(f), 30_000)
    await f.bot.running.idle()
    await waitFor(() => toRoom(f).some((t) => t.includes('错过了 1 次定时任务')))
    await f.bot.running.idle()
    expect(toRoom(f).filter((t) => t.includes('错过了'))).toHaveLength(1)
    expect(toRoom(f).some((t) => t.includes('现在开始签到'))).toBe(false)
    expect(await f.bot.db.session.count()).toBe(0)
    expect(await f.bot.db.scheduleFire.findMany({ select: { status: true } })).toEqual([{ status: 'missed' }])
    const notice = f.gateway.received.find((r) => r.to === f.secretary.id && r.text.includes('已恢复连接'))
    expect(notice?.text).toContain('补做0次，错过1次')
  }, 60_000)

  it('a listener that throws and a database error during login do not end the process', async () => {
    const f = await fixture()
    await waitFor(healthy(f))
    f.bot.running.bot.on('message', () => {
      throw new Error('a listener that throws')
    })
    await answersHelp(f)
    await f.bot.db.$executeRawUnsafe('ALTER TABLE "Group" RENAME TO "Group_away"')
    await f.gateway.puppet.logout('测试')
    f.gateway.mocker.login(f.botUser)
    await waitFor(() => f.bot.logs.text().includes('处理 login 事件出错'))
    await f.bot.db.$executeRawUnsafe('ALTER TABLE "Group_away" RENAME TO "Group"')
    f.bot.running.runtime.people.forget()
    await waitFor(healthy(f))
    await answersHelp(f)
  }, 60_000)
})
