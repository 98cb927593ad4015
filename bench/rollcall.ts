// npm run bench:rollcall — N sign-ins arriving at once in an N-member room whose Wechaty cache is cold,
// through the real Wechaty (mock puppet) and the real SQLite database, for our bot and for a naive handler
// (msg.room().topic() plus a Prisma upsert per message). Prints figures; asserts nothing.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { WechatyBuilder, type Message } from 'wechaty'
import { mock, PuppetMock } from 'wechaty-puppet-mock'
import { createLogger, MemoryLogSink } from '../bot/logger.js'
import { startBot } from '../bot/start.js'
import { openDatabase } from '../prisma/client.js'
import { testConfig } from '../tests/support/config.js'

const SIZES = (process.env.BENCH_SIZES ?? '50,500,2000').split(',').map(Number)
const ROOM_ID = 'bench@chatroom'
const SECRETARY = 'bench-secretary'

interface Figures {
  n: number
  ms: number
  perSignInMs: number
  groupMessages: number
  correct: boolean
}

function world(n: number) {
  const mocker = new mock.Mocker()
  const botUser = mocker.createContact({ id: 'bench-bot', name: '支部助手' })
  const secretary = mocker.createContact({ id: SECRETARY, name: '书记' })
  const members = Array.from({ length: n }, (_, i) => mocker.createContact({ id: `m${i}`, name: `党员${i}` }))
  return { mocker, botUser, secretary, members }
}

async function waitUntil(check: () => Promise<boolean> | boolean, limitMs = 600_000): Promise<void> {
  const start = performance.now()
  while (!(await check())) {
    if (performance.now() - start > limitMs) throw new Error('benchmark timed out')
    await new Promise((resolve) => setTimeout(resolve, 2))
  }
}

async function ours(n: number): Promise<Figures> {
  const dir = mkdtempSync(path.join(tmpdir(), 'zhibu-bench-'))
  const w = world(n)
  const running = await startBot({
    config: {
      ...testConfig,
      databaseUrl: `file:${path.join(dir, 'bench.db')}`,
      dataDir: dir,
      botAdminIds: [SECRETARY],
    },
    log: createLogger({
      sink: process.env.BENCH_DEBUG ? process.stderr : new MemoryLogSink(),
      level: 'warn',
    }),
    puppet: new PuppetMock({ mocker: w.mocker }),
    sleep: () => new Promise((resolve) => setImmediate(resolve)),
    printQr: false,
  })
  const sent: string[] = []
  let received = 0
  running.bot.on('message', () => void received++)
  if (process.env.BENCH_DEBUG) setInterval(() => console.log('wechaty messages', received), 1000).unref()
  running.bot.on('message', (m: Message) => {
    if (m.self() && m.room()) sent.push(m.text())
  })
  const loggedIn = new Promise((resolve) => running.bot.once('login', resolve))
  w.mocker.login(w.botUser)
  await loggedIn
  // The room exists only now and is bound in the database only now: Wechaty has never loaded it.
  const room = w.mocker.createRoom({
    id: ROOM_ID,
    topic: '压测支部群',
    memberIdList: [w.botUser.id, w.secretary.id, ...w.members.map((m) => m.id)],
  })
  const branch = await running.db.branch.create({ data: { name: '压测支部' } })
  await running.db.group.create({
    data: { roomId: ROOM_ID, topic: '压测支部群', branchId: branch.id, boundBy: 'bench' },
  })
  await running.db.member.createMany({
    data: w.members.map((m) => ({ branchId: branch.id, name: m.payload.name, contactId: m.id })),
  })
  w.secretary.say('点名 30 压测点名').to(room)
  await waitUntil(() => sent.length >= 1)
  const before = sent.length

  const start = performance.now()
  for (const m of w.members) m.say('签到').to(room)
  await waitUntil(async () => {
    const present = await running.db.attendance.count({ where: { status: { in: ['present', 'late'] } } })
    if (process.env.BENCH_DEBUG)
      console.log('present', present, 'guests', await running.db.guest.count(), sent.length)
    return present >= n
  })
  w.secretary.say('结束').to(room)
  const expected = `实到会党员${n}名`
  await waitUntil(() => sent.some((t) => t.includes(expected)))
  const ms = performance.now() - start
  await running.idle()
  const groupMessages = sent.length - before + 1
  await running.stop()
  rmSync(dir, { recursive: true, force: true })
  return { n, ms, perSignInMs: ms / n, groupMessages, correct: sent.some((t) => t.includes(expected)) }
}

async function naive(n: number): Promise<Figures> {
  const dir = mkdtempSync(path.join(tmpdir(), 'zhibu-naive-'))
  const { db } = await openDatabase(`file:${path.join(dir, 'naive.db')}`)
  const branch = await db.branch.create({ data: { name: '压测支部' } })
  const session = await db.session.create({
    data: {
      branchId: branch.id,
      roomId: ROOM_ID,
      kind: 'rollcall',
      topic: '压测',
      openedBy: 'bench',
      openedAt: new Date(),
      lateAfter: new Date(Date.now() + 3600_000),
      closesAt: new Date(Date.now() + 3600_000),
    },
  })
  const w = world(n)
  await db.member.createMany({
    data: w.members.map((m) => ({ branchId: branch.id, name: m.payload.name, contactId: m.id })),
  })
  const members = new Map((await db.member.findMany()).map((m) => [m.contactId!, m.id]))
  const bot = WechatyBuilder.build({ puppet: new PuppetMock({ mocker: w.mocker }) })
  let recorded = 0
  bot.on('message', async (msg: Message) => {
    if (msg.self() || msg.text() !== '签到') return
    await msg.room()?.topic()
    const memberId = members.get(msg.talker().id)!
    await db.attendance.upsert({
      where: { sessionId_memberId: { sessionId: session.id, memberId } },
      create: { sessionId: session.id, memberId, status: 'present', at: new Date() },
      update: {},
    })
    recorded++
  })
  await bot.start()
  const loggedIn = new Promise((resolve) => bot.once('login', resolve))
  w.mocker.login(w.botUser)
  await loggedIn
  const room = w.mocker.createRoom({
    id: ROOM_ID,
    topic: '压测支部群',
    memberIdList: [w.botUser.id, w.secretary.id, ...w.members.map((m) => m.id)],
  })
  const start = performance.now()
  for (const m of w.members) m.say('签到').to(room)
  await waitUntil(() => recorded >= n)
  const ms = performance.now() - start
  const correct = (await db.attendance.count({ where: { sessionId: session.id } })) === n
  await bot.stop()
  await db.$disconnect()
  rmSync(dir, { recursive: true, force: true })
  return { n, ms, perSignInMs: ms / n, groupMessages: 0, correct }
}

const fmt = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(2))
const rows: Array<{ n: number; ours: Figures; naive: Figures | null }> = []
for (const n of SIZES) {
  const o = await ours(n)
  const skipNaive = n > Number(process.env.BENCH_NAIVE_MAX ?? 2000)
  const v = skipNaive ? null : await naive(n)
  rows.push({ n, ours: o, naive: v })
  console.log(
    `N=${n}: ours ${fmt(o.ms)} ms (${fmt(o.perSignInMs)} ms/sign-in, ${o.groupMessages} group messages, summary ${o.correct ? 'right' : 'WRONG'})` +
      (v
        ? ` | naive ${fmt(v.ms)} ms (${fmt(v.perSignInMs)} ms/sign-in) | speed-up ${fmt(v.ms / o.ms)}×`
        : ''),
  )
}
const first = rows[0]!.ours.perSignInMs
const last = rows.at(-1)!.ours.perSignInMs
console.log(`per-sign-in cost at N=${rows.at(-1)!.n} vs N=${rows[0]!.n}: ${fmt(last / first)}×`)
process.exit(0)
