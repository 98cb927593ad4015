// npm run bench:gateway — N members of one group, all checked in, answer a roll call at once through a
// wechaty-puppet-service gateway (PuppetServer + mock puppet on 127.0.0.1, heartbeats on, one message in ten
// 1–20 ms slower to load) and the secretary sends 结束 straight after. Prints the time from the first sign-in
// to a correct summary, and whether every sign-in counted. Asserts nothing.
import { startBotOnGateway, startGateway, waitFor } from '../tests/support/gateway.js'

const SIZES = (process.env.BENCH_SIZES ?? '300,1000,2000').split(',').map(Number)
const ROOM = 'bench-burst@chatroom'

async function burst(n: number) {
  let seed = 7
  const jitter = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % 10 === 0 ? 1 + (seed % 20) : 0)
  const gateway = await startGateway({ latencyMs: jitter })
  gateway.startHeartbeats()
  const { mocker } = gateway
  const botUser = mocker.createContact({ id: 'bench-bot', name: '支部助手' })
  const secretary = mocker.createContact({ id: 'bench-secretary', name: '王书记' })
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
  try {
    mocker.login(botUser)
    await waitFor(() => bot.running.health.healthy)
    secretary.say('点名 30').to(room)
    await waitFor(async () => (await bot.db.session.count({ where: { closedAt: null } })) === 1)
    await bot.running.idle()
    const started = performance.now()
    for (const m of members) m.say('到').to(room)
    secretary.say('结束').to(room)
    await waitFor(async () => (await bot.db.session.count({ where: { closedAt: null } })) === 0, 300_000)
    const ms = performance.now() - started
    const session = await bot.db.session.findFirstOrThrow()
    const present = await bot.db.attendance.count({ where: { sessionId: session.id, status: 'present' } })
    return { n, ms, present, summaryRight: session.summary?.includes(`实到会党员${n}名`) === true }
  } finally {
    gateway.stopHeartbeats()
    await bot.stop()
    await gateway.stop()
  }
}

for (const n of SIZES) {
  const f = await burst(n)
  console.log(
    `N=${f.n}: first sign-in to correct summary ${(f.ms / 1000).toFixed(2)} s; ` +
      `${f.present}/${f.n} present; summary right: ${f.summaryRight ? 'yes' : 'NO'}`,
  )
}
process.exit(0)
