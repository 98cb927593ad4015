// Issue 9: the bot survives the real gateway's faults over the real gRPC path (PuppetServer + the mock puppet on
// 127.0.0.1, the bot's PuppetService client) and recovers by itself: a gateway restart, a stalled event stream
// past the client's watchdog, a logout followed by a login, a gateway that is down when the bot starts, and a
// roll call that fell due while the gateway was down. After each, it answers a command and sends what was
// queued, once. Timeouts are short and configured, nothing sleeps for minutes.
import { afterEach, describe, expect, it } from 'vitest'
import { ManualClock } from '../support/clock.js'
import { dailyRollCallAt20 } from '../support/schedules.js'
import {
  startBotOnGateway,
  startGateway,
  waitFor,
  type BotOnGateway,
  type ContactMock,
  type Gateway,
  type RoomMock,
} from '../support/gateway.js'

const ROOM = 'fault@chatroom'
const GATEWAY = {
  watchdogSeconds: 3,
  checkEveryMs: 100,
  stallMs: 1_000,
  loginGraceMs: 300,
  backoffMinMs: 200,
  backoffMaxMs: 1_000,
}

interface Fixture {
  gateway: Gateway
  bot: BotOnGateway
  botUser: ContactMock
  secretary: ContactMock
  member: ContactMock
  room: RoomMock
  clock: ManualClock
}

const running: Fixture[] = []
afterEach(async () => {
  for (const f of running.splice(0)) {
    f.gateway.stopHeartbeats()
    await f.bot.stop()
    await f.gateway.stop()
  }
})

async function fixture(o: { gatewayUpAfterMs?: number } = {}): Promise<Fixture> {
  const late = o.gatewayUpAfterMs
  const gateway = await startGateway({ start: late === undefined })
  // The gateway comes up while the bot is already trying to connect (its first attempt fails).
  if (late !== undefined) setTimeout(() => void gateway.start(), late)
  const { mocker } = gateway
  const botUser = mocker.createContact({ id: 'fault-bot', name: '支部助手' })
  const secretary = mocker.createContact({ id: 'fault-secretary', name: '王书记' })
  const member = mocker.createContact({ id: 'fault-member', name: '李娟' })
  const room = mocker.createRoom({
    id: ROOM,
    topic: '支部群',
    memberIdList: [botUser.id, secretary.id, member.id],
  })
  mocker.login(botUser)
  const clock = new ManualClock('2026-11-28T11:55:00Z')
  const bot = await startBotOnGateway(gateway, {
    clock,
    config: { botAdminIds: [secretary.id], gateway: GATEWAY },
    cronDriver: null,
    tickEveryMs: null,
    beforeStart: async (db) => {
      const branch = await db.branch.create({ data: { name: '驻外支部' } })
      await db.group.create({
        data: { roomId: ROOM, topic: '支部群', branchId: branch.id, boundBy: secretary.id },
      })
      await db.member.create({ data: { branchId: branch.id, name: '李娟', contactId: member.id } })
    },
  })
  gateway.startHeartbeats(300)
  const f = { gateway, bot, botUser, secretary, member, room, clock }
  running.push(f)
  return f
}

const healthy = (f: Fixture) => () => f.bot.running.health.healthy
const toRoom = (f: Fixture) => f.gateway.received.filter((r) => r.to === ROOM).map((r) => r.text)

/** The member asks for help in the group and the bot answers (a round trip through the gateway). */
async function answersHelp(f: Fixture): Promise<void> {
  const before = toRoom(f).length
  f.member.say('帮助').to(f.room)
  try {
    await waitFor(
      () =>
        toRoom(f)
          .slice(before)
          .some((t) => t.includes('可用命令')),
      8_000,
    )
  } catch (e) {
    console.log(
      'DROPS',
      JSON.stringify(f.bot.running.runtime.drops.peek()),
      'pending',
      await f.bot.running.runtime.outbound.pendingCount(),
      JSON.stringify(f.bot.running.health.snapshot()),
    )
    console.log(
      f.bot.logs.lines
        .filter((l) => (l.level as number) >= 30)
        .map(
          (l) =>
            `LOG ${l.level} ${l.msg} ${JSON.stringify(l.err ? String((l.err as { message?: string }).message).slice(0, 120) : '')}`,
        )
        .join('\n'),
    )
    console.log('RECEIVED', JSON.stringify(f.gateway.received))
    throw e
  }
}

/** Waits until the bot is back, reporting how long it took from `since`. */
async function recovered(f: Fixture, fault: string, since: number): Promise<void> {
  await waitFor(healthy(f), 30_000)
  await answersHelp(f)
  console.info(`${fault}: answering again ${Date.now() - since} ms after the fault began`)
}

describe('the bot recovers by itself from gateway faults', () => {
  it('a gateway restart: back on the same address, queued messages go out once', async () => {
    const f = await fixture()
    await waitFor(healthy(f))
    await answersHelp(f)
    const since = Date.now()
    await f.gateway.stop()
    await waitFor(() => !f.bot.running.health.healthy, 10_000)
    await f.bot.running.runtime.outbound.sendToRoom(ROOM, '断线期间排队的通知')
    await f.gateway.start()
    f.gateway.startHeartbeats(300)
    await recovered(f, 'gateway restart', since)
    await waitFor(() => toRoom(f).includes('断线期间排队的通知'))
    await f.bot.running.idle()
    expect(toRoom(f).filter((t) => t === '断线期间排队的通知')).toHaveLength(1)
    expect(f.bot.logs.text()).toContain('重新连接网关')
  }, 60_000)

  it('a stream starved for longer than the client watchdog: noticed as stalled, answering again after', async () => {
    const f = await fixture()
    await waitFor(healthy(f))
    const since = Date.now()
    f.gateway.stall()
    await waitFor(() => f.bot.running.health.snapshot().status === 'stalled', 10_000)
    expect(f.bot.running.health.snapshot().reason).toContain('网关长时间没有消息')
    // The gateway stays silent for longer than the client's watchdog (3 s here; 300 s by default).
    await waitFor(() => Date.now() - since > GATEWAY.watchdogSeconds * 1000 + 500, 10_000)
    expect(f.bot.running.health.healthy).toBe(false)
    f.gateway.unstall()
    await recovered(f, 'stalled stream past the watchdog', since)
    expect(f.bot.logs.text()).toContain('重新连接网关')
  }, 60_000)

  it('a logout then a login: handles messages again and tells the admins once', async () => {
    const f = await fixture()
    await waitFor(healthy(f))
    const since = Date.now()
    await f.gateway.puppet.logout('账号在别处登录')
    await waitFor(() => f.bot.running.health.snapshot().status === 'logged-out')
    f.gateway.mocker.login(f.botUser)
    await recovered(f, 'logout then login', since)
    await f.bot.running.idle()
    const notices = f.gateway.received.filter((r) => r.to === f.secretary.id && r.text.includes('已恢复连接'))
    expect(notices).toHaveLength(1)
  }, 60_000)

  it('a gateway that is down when the bot starts: the bot keeps trying and comes up with it', async () => {
    const since = Date.now()
    const f = await fixture({ gatewayUpAfterMs: 300 })
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
