// npm run bench:accounts — the peak that sizes a fleet: 300 groups of 50 members, every group with a roll call at
// 20:00 and every member signing in, on 3 account processes sharing one local PostgreSQL (each owns 100 groups),
// then the same on SQLite with one process. Pacing sleeps are injected (no real gaps between messages). Then one
// account process is killed and the time until its groups are taken over is measured. Prints figures; the
// checks at the end say whether every sign-in and summary is right and nothing was sent twice.
// BENCH_GROUPS / BENCH_MEMBERS change the size; TEST_POSTGRES_URL the server (a role that may create databases).
import { fork, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createDb, type Db } from '../prisma/client.js'
import { applyMigrations } from '../prisma/migrate.js'
import { createDatabase, dropDatabase } from '../prisma/postgres.js'
import { testPostgresUrl } from '../scripts/test-postgres.js'
import { dailyRollCallAt20 } from '../tests/support/schedules.js'
import type { BenchJob, BenchReport } from './accounts-worker.js'

const GROUPS = Number(process.env.BENCH_GROUPS ?? 300)
const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 50)
const WORKER = path.join(import.meta.dirname, 'accounts-worker.ts')
// Each process moves its own manual clock through 20:00–20:10, so the peak runs with limits longer than that
// (no process may look dead to another because its clock is ahead); the takeover runs on the wall clock.
const PEAK_ACCOUNTS = { label: '', leaseMs: 3_600_000, takeoverMs: 3_600_000, checkEveryMs: 250 }
const TAKEOVER_ACCOUNTS = { label: '', leaseMs: 3_000, takeoverMs: 3_000, checkEveryMs: 250 }
const TAKEOVER_GROUPS = 30

const roomsOf = (n: number) => Array.from({ length: n }, (_, i) => `room-${i}`)
const rooms = roomsOf(GROUPS)

async function seed(db: Db, ownerOf: (i: number) => string, rooms: string[]): Promise<void> {
  await db.branch.createMany({ data: rooms.map((_, i) => ({ name: `支部${i}` })) })
  const branches = await db.branch.findMany({ orderBy: { id: 'asc' } })
  await db.group.createMany({
    data: rooms.map((roomId, i) => ({
      roomId,
      topic: `支部群${i}`,
      branchId: branches[i]!.id,
      boundBy: 'seed',
      ownerAccountId: ownerOf(i),
    })),
  })
  for (const [i, roomId] of rooms.entries())
    await db.member.createMany({
      data: Array.from({ length: MEMBERS }, (_, j) => ({
        branchId: branches[i]!.id,
        name: `党员${j}`,
        contactId: `${roomId}-m${j}`,
      })),
    })
  const since = new Date('2026-11-28T00:00:00Z')
  await db.schedule.createMany({
    data: rooms.map((roomId, i) =>
      dailyRollCallAt20({ branchId: branches[i]!.id, roomId, createdBy: 'seed', since }),
    ),
  })
}

interface Run {
  reports: BenchReport[]
  wallMs: number
  workers: ChildProcess[]
}

/** Kills the processes and waits until they are gone (their connections closed, so the database can go). */
async function killAll(workers: ChildProcess[]): Promise<void> {
  const exits = workers
    .filter((w) => w.exitCode === null && w.signalCode === null)
    .map((w) => once(w, 'exit'))
  for (const w of workers) w.kill('SIGKILL')
  await Promise.all(exits)
}

interface Fleet {
  accounts: number
  rooms: string[]
  limits: BenchJob['accounts']
  realClock?: boolean
}

/** Forks one process per account and waits until each has signed in. */
async function startFleet(url: string, f: Fleet): Promise<ChildProcess[]> {
  const workers = Array.from({ length: f.accounts }, () =>
    fork(WORKER, { execArgv: ['--import', 'tsx'], stdio: 'inherit' }),
  )
  const ready = workers.map((w) => once(w, 'message'))
  workers.forEach((w, a) => {
    const job: BenchJob = {
      url,
      account: { id: `acc-${a}`, name: `支部助手${a + 1}` },
      rooms: f.rooms.filter((_, i) => i % f.accounts === a),
      members: MEMBERS,
      accounts: f.limits,
      realClock: f.realClock,
    }
    w.send(job)
  })
  await Promise.all(ready)
  return workers
}

async function runFleet(url: string, accounts: number): Promise<Run> {
  const workers = await startFleet(url, { accounts, rooms, limits: PEAK_ACCOUNTS })
  const done = workers.map(async (w) => (await once(w, 'message'))[0] as BenchReport)
  const started = performance.now()
  for (const w of workers) w.send({ go: true })
  const reports = await Promise.all(done)
  return { reports, wallMs: performance.now() - started, workers }
}

async function check(db: Db): Promise<string[]> {
  const expected = `应到会党员${MEMBERS}名，实到会党员${MEMBERS}名`
  const summaries = await db.session.count({ where: { summary: { contains: expected } } })
  const present = await db.attendance.count({ where: { status: { in: ['present', 'late'] } } })
  const fires = await db.scheduleFire.count({ where: { status: 'done' } })
  const sessions = await db.session.count()
  const twice = await db.outboundMessage.groupBy({
    by: ['conversationId', 'text'],
    _count: true,
    having: { id: { _count: { gt: 1 } } },
  })
  const perAccount = await db.outboundMessage.groupBy({
    by: ['accountId', 'status'],
    _count: true,
    orderBy: [{ accountId: 'asc' }, { status: 'asc' }],
  })
  return [
    `  summaries right: ${summaries}/${GROUPS}; sign-ins recorded: ${present}/${GROUPS * MEMBERS}; roll calls opened: ${sessions} (fires done ${fires})`,
    `  messages per account and state: ${perAccount.map((p) => `${p.accountId} ${p.status} ${p._count}`).join(', ')}; ` +
      `sent twice: ${twice.length}`,
  ]
}

function print(title: string, run: Run): void {
  const signIns = run.reports.reduce((n, r) => n + r.signIns, 0)
  const statements = run.reports.reduce((n, r) => n + r.signInStatements, 0)
  console.log(title)
  console.log(
    `  every summary recorded ${(run.wallMs / 1000).toFixed(1)} s after 20:00 (${signIns} sign-ins); ` +
      `database statements per sign-in ${(statements / signIns).toFixed(3)}`,
  )
  for (const r of run.reports)
    console.log(
      `  ${r.account}: ${r.fired} roll calls opened in ${r.fireMs.toFixed(0)} ms, ${r.signIns} sign-ins in ` +
        `${r.signInMs.toFixed(0)} ms, closing and summaries ${r.closeMs.toFixed(0)} ms, ${r.sent} messages sent`,
    )
}

/** Kills one account process (no orderly stop) and waits until its groups are served by the others. */
async function takeover(db: Db, workers: ChildProcess[]): Promise<void> {
  const victim = 'acc-0'
  const groups = await db.group.count({ where: { ownerAccountId: victim } })
  const killedAt = performance.now()
  workers[0]!.kill('SIGKILL')
  while ((await db.group.count({ where: { ownerAccountId: victim } })) > 0) {
    if (performance.now() - killedAt > 60_000) throw new Error('groups not taken over within 60 s')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  const ms = performance.now() - killedAt
  const byNew = await db.group.groupBy({
    by: ['ownerAccountId'],
    _count: true,
    orderBy: { ownerAccountId: 'asc' },
  })
  const notices = await db.outboundMessage.count({ where: { text: { contains: '接替' } } })
  console.log(
    `takeover: ${victim} killed; its ${groups} groups served by the others ${(ms / 1000).toFixed(1)} s later ` +
      `(lease ${TAKEOVER_ACCOUNTS.leaseMs / 1000} s + limit ${TAKEOVER_ACCOUNTS.takeoverMs / 1000} s + checks every ${TAKEOVER_ACCOUNTS.checkEveryMs} ms); ` +
      `owners now ${byNew.map((g) => `${g.ownerAccountId} ${g._count}`).join(', ')}; notices queued ${notices}`,
  )
}

/** A throw-away PostgreSQL database, migrated, for one part of the benchmark. */
async function withPostgres(part: string, use: (url: string, db: Db) => Promise<void>): Promise<void> {
  const admin = testPostgresUrl()
  const name = `zhibu_bench_${part}_${process.pid}`
  const url = await createDatabase(admin, name)
  const db = createDb(url)
  try {
    await applyMigrations(url)
    await use(url, db)
  } finally {
    await db.$disconnect()
    await dropDatabase(admin, name)
  }
}

const postgresPeak = () =>
  withPostgres('peak', async (url, db) => {
    await seed(db, (i) => `acc-${i % 3}`, rooms)
    const run = await runFleet(url, 3)
    print(`PostgreSQL, 3 account processes, ${GROUPS} groups × ${MEMBERS} members:`, run)
    for (const line of await check(db)) console.log(line)
    await killAll(run.workers)
  })

/** On the wall clock, with short limits: 3 accounts each owning some groups, one killed. */
const postgresTakeover = () =>
  withPostgres('takeover', async (url, db) => {
    const few = roomsOf(TAKEOVER_GROUPS)
    await seed(db, (i) => `acc-${i % 3}`, few)
    const workers = await startFleet(url, {
      accounts: 3,
      rooms: few,
      limits: TAKEOVER_ACCOUNTS,
      realClock: true,
    })
    try {
      await takeover(db, workers)
    } finally {
      await killAll(workers)
    }
  })

async function sqliteRun(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'zhibu-bench-'))
  const url = `file:${path.join(dir, 'bench.db')}`
  await applyMigrations(url)
  const db = createDb(url)
  try {
    await seed(db, () => 'acc-0', rooms)
    const run = await runFleet(url, 1)
    print(`SQLite, 1 process, ${GROUPS} groups × ${MEMBERS} members:`, run)
    for (const line of await check(db)) console.log(line)
    await killAll(run.workers)
  } finally {
    await db.$disconnect()
    rmSync(dir, { recursive: true, force: true })
  }
}

await postgresPeak()
await postgresTakeover()
await sqliteRun()
process.exit(0)
