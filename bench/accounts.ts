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
import type { BenchJob, BenchReport } from './accounts-worker.js'

const GROUPS = Number(process.env.BENCH_GROUPS ?? 300)
const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 50)
const WORKER = path.join(import.meta.dirname, 'accounts-worker.ts')
const ACCOUNTS = { label: '', leaseMs: 3_000, takeoverMs: 3_000, checkEveryMs: 250 }

const rooms = Array.from({ length: GROUPS }, (_, i) => `room-${i}`)

async function seed(db: Db, ownerOf: (i: number) => string): Promise<void> {
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
    data: rooms.map((roomId, i) => ({
      branchId: branches[i]!.id,
      roomId,
      kind: 'rollcall',
      phrase: '每天 20:00',
      cron: '0 20 * * *',
      topic: '联络点名',
      durationMinutes: 10,
      createdBy: 'seed',
      createdAt: since,
      activeSince: since,
    })),
  })
}

interface Run {
  reports: BenchReport[]
  wallMs: number
  workers: ChildProcess[]
}

async function runFleet(url: string, accounts: number): Promise<Run> {
  const workers = Array.from({ length: accounts }, () =>
    fork(WORKER, { execArgv: ['--import', 'tsx'], stdio: 'inherit' }),
  )
  const ready = workers.map((w) => once(w, 'message'))
  workers.forEach((w, a) => {
    const job: BenchJob = {
      url,
      account: { id: `acc-${a}`, name: `支部助手${a + 1}` },
      rooms: rooms.filter((_, i) => i % accounts === a),
      members: MEMBERS,
      accounts: ACCOUNTS,
    }
    w.send(job)
  })
  await Promise.all(ready)
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
    by: ['accountId'],
    where: { status: 'sent' },
    _count: true,
    orderBy: { accountId: 'asc' },
  })
  return [
    `  summaries right: ${summaries}/${GROUPS}; sign-ins recorded: ${present}/${GROUPS * MEMBERS}; roll calls opened: ${sessions} (fires done ${fires})`,
    `  messages sent per account: ${perAccount.map((p) => `${p.accountId} ${p._count}`).join(', ')}; sent twice: ${twice.length}`,
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
async function takeover(db: Db, run: Run): Promise<void> {
  const victim = 'acc-0'
  const groups = await db.group.count({ where: { ownerAccountId: victim } })
  const killedAt = performance.now()
  run.workers[0]!.kill('SIGKILL')
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
      `(lease ${ACCOUNTS.leaseMs / 1000} s + limit ${ACCOUNTS.takeoverMs / 1000} s + checks every ${ACCOUNTS.checkEveryMs} ms); ` +
      `owners now ${byNew.map((g) => `${g.ownerAccountId} ${g._count}`).join(', ')}; notices queued ${notices}`,
  )
}

async function postgresRun(): Promise<void> {
  const admin = testPostgresUrl()
  const name = `zhibu_bench_${process.pid}`
  const url = await createDatabase(admin, name)
  const db = createDb(url)
  try {
    await applyMigrations(url)
    await seed(db, (i) => `acc-${i % 3}`)
    const run = await runFleet(url, 3)
    print(`PostgreSQL, 3 account processes, ${GROUPS} groups × ${MEMBERS} members:`, run)
    for (const line of await check(db)) console.log(line)
    await takeover(db, run)
    for (const w of run.workers) w.kill('SIGKILL')
  } finally {
    await db.$disconnect()
    await dropDatabase(admin, name)
  }
}

async function sqliteRun(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'zhibu-bench-'))
  const url = `file:${path.join(dir, 'bench.db')}`
  await applyMigrations(url)
  const db = createDb(url)
  try {
    await seed(db, () => 'acc-0')
    const run = await runFleet(url, 1)
    print(`SQLite, 1 process, ${GROUPS} groups × ${MEMBERS} members:`, run)
    for (const line of await check(db)) console.log(line)
    for (const w of run.workers) w.kill('SIGKILL')
  } finally {
    await db.$disconnect()
    rmSync(dir, { recursive: true, force: true })
  }
}

await postgresRun()
await sqliteRun()
process.exit(0)
