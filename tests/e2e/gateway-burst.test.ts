// Issue 15: 1,000 members answer a roll call at once through a wechaty-puppet-service gateway and the
// secretary sends 结束 straight after. Every sign-in sent before 结束 must be in the summary, whatever order
// Wechaty finishes loading the messages in. The loss was intermittent, so the burst runs several times.
import { afterAll, beforeAll, expect, it } from 'vitest'
import {
  startBotOnGateway,
  startGateway,
  waitFor,
  type BotOnGateway,
  type ContactMock,
  type Gateway,
  type RoomMock,
} from '../support/gateway.js'

const MEMBERS = 1000
const ROUNDS = 3
const ROOM = 'burst@chatroom'

let gateway: Gateway
let bot: BotOnGateway
let secretary: ContactMock
let members: ContactMock[]
let room: RoomMock

beforeAll(async () => {
  // As on a real gateway, some messages take longer to load than others (here one in ten, 1–20 ms).
  let seed = 42
  const jitter = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % 10 === 0 ? 1 + (seed % 20) : 0)
  gateway = await startGateway({ latencyMs: jitter })
  gateway.startHeartbeats()
  const { mocker } = gateway
  const botUser = mocker.createContact({ id: 'burst-bot', name: '支部助手' })
  secretary = mocker.createContact({ id: 'burst-secretary', name: '王书记' })
  members = Array.from({ length: MEMBERS }, (_, i) => mocker.createContact({ id: `m${i}`, name: `党员${i}` }))
  room = mocker.createRoom({
    id: ROOM,
    topic: '大支部群',
    memberIdList: [botUser.id, secretary.id, ...members.map((m) => m.id)],
  })
  bot = await startBotOnGateway(gateway, {
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
  const loggedIn = new Promise((resolve) => bot.running.bot.once('login', resolve))
  mocker.login(botUser)
  await loggedIn
}, 120_000)

afterAll(async () => {
  gateway?.stopHeartbeats()
  await bot?.stop()
  await gateway?.stop()
})

it(`records every one of ${MEMBERS} sign-ins sent before an immediate 结束, ${ROUNDS} times in a row`, async () => {
  for (let round = 1; round <= ROUNDS; round++) {
    secretary.say(`点名 30 第${round}轮`).to(room)
    await waitFor(async () => (await bot.db.session.count({ where: { closedAt: null } })) === 1)
    await bot.running.idle()
    const started = Date.now()
    for (const m of members) m.say('到').to(room)
    secretary.say('结束').to(room)
    await waitFor(async () => (await bot.db.session.count({ where: { closedAt: null } })) === 0, 60_000)
    const session = await bot.db.session.findFirstOrThrow({ where: { topic: `第${round}轮` } })
    console.info(`round ${round}: ${MEMBERS} sign-ins then 结束 → summary in ${Date.now() - started} ms`)
    expect(session.summary).toContain(`应到会党员${MEMBERS}名，实到会党员${MEMBERS}名`)
    expect(session.summary).toContain('缺席0名，出勤率100%')
    expect(await bot.db.attendance.count({ where: { sessionId: session.id, status: 'present' } })).toBe(
      MEMBERS,
    )
  }
  await bot.running.idle()
  const summaries = bot.sentTo(ROOM).filter((t) => t.includes('实到会党员'))
  expect(summaries).toHaveLength(ROUNDS)
}, 300_000)
