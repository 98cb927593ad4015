// The world of the gateway-fault tests (issue 9): a PuppetServer gateway with the mock puppet on 127.0.0.1, the
// bot on it over gRPC with short, configured timeouts, a bound group with a secretary and a member, and the
// checks that the bot is back (healthy, and answering 帮助 through the gateway).
import { MemoryLogSink } from '../../bot/logger.js'
import { ManualClock } from '../support/clock.js'
import {
  startBotOnGateway,
  startGateway,
  waitFor,
  type BotOnGateway,
  type ContactMock,
  type Gateway,
  type RoomMock,
} from '../support/gateway.js'

export const ROOM = 'fault@chatroom'
export const GATEWAY = {
  watchdogSeconds: 3,
  checkEveryMs: 100,
  stallMs: 1_000,
  loginGraceMs: 300,
  backoffMinMs: 200,
  backoffMaxMs: 1_000,
}

export interface Fixture {
  gateway: Gateway
  bot: BotOnGateway
  botUser: ContactMock
  secretary: ContactMock
  member: ContactMock
  room: RoomMock
  clock: ManualClock
}

const running: Fixture[] = []

/** Each test file calls this after each test: the bots and gateways it started stop. */
export async function stopAll(): Promise<void> {
  for (const f of running.splice(0)) {
    f.gateway.stopHeartbeats()
    await f.bot.stop()
    await f.gateway.stop()
  }
}

export async function fixture(o: { gatewayDownAtStart?: boolean } = {}): Promise<Fixture> {
  const gateway = await startGateway({ start: !o.gatewayDownAtStart })
  const logs = new MemoryLogSink()
  // The gateway comes up once the bot has tried to connect and failed, while it keeps trying.
  if (o.gatewayDownAtStart)
    void waitFor(() => /UNAVAILABLE|ECONNREFUSED/.test(logs.text()), 30_000).then(() => gateway.start())
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
    logs,
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

export const healthy = (f: Fixture) => () => f.bot.running.health.healthy
export const toRoom = (f: Fixture) => f.gateway.received.filter((r) => r.to === ROOM).map((r) => r.text)

/** The member asks for help in the group and the bot answers (a round trip through the gateway). */
export async function answersHelp(f: Fixture): Promise<void> {
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
export async function recovered(f: Fixture, fault: string, since: number): Promise<void> {
  await waitFor(healthy(f), 30_000)
  await answersHelp(f)
  console.info(`${fault}: answering again ${Date.now() - since} ms after the fault began`)
}
