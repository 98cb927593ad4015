// One big group behind a gateway, every member checked in: the world of the roll-call burst (issue 15), shared
// by its end-to-end test and bench/gateway-burst.ts.
import {
  startBotOnGateway,
  startGateway,
  waitFor,
  type BotOnGateway,
  type ContactMock,
  type Gateway,
  type RoomMock,
} from './gateway.js'

export interface BurstWorld {
  gateway: Gateway
  bot: BotOnGateway
  secretary: ContactMock
  members: ContactMock[]
  room: RoomMock
  /** The secretary opens a roll call; resolves once it is open and its opening sent. */
  openRollCall(topic: string): Promise<void>
  /** Every member answers 到 at once and the secretary sends 结束 straight after; resolves when it is closed. */
  burstThenClose(): Promise<void>
  stop(): Promise<void>
}

const ROOM = 'burst@chatroom'

export async function startBurstWorld(n: number): Promise<BurstWorld> {
  // As on a real gateway, some messages take longer to load than others (one in ten, 1–20 ms).
  let seed = 42
  const jitter = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % 10 === 0 ? 1 + (seed % 20) : 0)
  const gateway = await startGateway({ latencyMs: jitter })
  gateway.startHeartbeats()
  const { mocker } = gateway
  const botUser = mocker.createContact({ id: 'burst-bot', name: '支部助手' })
  const secretary = mocker.createContact({ id: 'burst-secretary', name: '王书记' })
  const members = Array.from({ length: n }, (_, i) => mocker.createContact({ id: `m${i}`, name: `党员${i}` }))
  const room = mocker.createRoom({
    id: ROOM,
    topic: '大支部群',
    memberIdList: [botUser.id, secretary.id, ...members.map((m) => m.id)],
  })
  const bot = await startBotOnGateway(gateway, {
    config: { botAdminIds: [secretary.id] },
    cronDriver: null,
    tickEveryMs: null,
    beforeStart: async (db) => {
      const branch = await db.branch.create({ data: { name: '驻外大支部' } })
      await db.group.create({
        data: { roomId: ROOM, topic: '大支部群', branchId: branch.id, boundBy: secretary.id },
      })
      await db.member.createMany({
        data: members.map((m, i) => ({ branchId: branch.id, name: `党员${i}`, contactId: m.id })),
      })
    },
  })
  mocker.login(botUser)
  await waitFor(() => bot.running.health.healthy)
  const openSessions = () => bot.db.session.count({ where: { closedAt: null } })
  return {
    gateway,
    bot,
    secretary,
    members,
    room,
    async openRollCall(topic) {
      secretary.say(`点名 30 ${topic}`).to(room)
      await waitFor(async () => (await openSessions()) === 1)
      await bot.running.idle()
    },
    async burstThenClose() {
      for (const m of members) m.say('到').to(room)
      secretary.say('结束').to(room)
      await waitFor(async () => (await openSessions()) === 0, 300_000)
    },
    async stop() {
      gateway.stopHeartbeats()
      await bot.stop()
      await gateway.stop()
    },
  }
}
