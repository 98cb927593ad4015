// Real processes on one PostgreSQL (tests/support/fleet-worker.ts, forked), released together by a barrier and
// working in different orders: each schedule occurrence fires exactly once across three processes, and a
// second process logged in to the same account waits, silent, until the first one dies, then takes over.
import { fork, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { FireOutcome } from '../../bot/scheduler/engine.js'
import { waitFor } from '../support/gateway.js'
import { tempDatabase, testProviders, type TempDatabase } from '../support/temp-db.js'
import type { FromWorker, ToWorker, WorkerJob } from '../support/fleet-worker.js'

const WORKER = path.join(import.meta.dirname, '..', 'support', 'fleet-worker.ts')

interface Worker {
  child: ChildProcess
  replies: FromWorker[]
  send(message: WorkerJob | ToWorker): void
  next(): Promise<FromWorker>
}

let workers: Worker[] = []
let temp: TempDatabase | null = null
afterEach(async () => {
  for (const w of workers) w.child.kill('SIGKILL')
  workers = []
  await temp?.cleanup()
  temp = null
})

function startWorker(): Worker {
  const child = fork(WORKER, { execArgv: ['--import', 'tsx'], stdio: 'inherit' })
  const replies: FromWorker[] = []
  child.on('message', (m: FromWorker) => replies.push(m))
  const w: Worker = {
    child,
    replies,
    send: (message) => child.send(message),
    next: async () => (await once(child, 'message'))[0] as FromWorker,
  }
  workers.push(w)
  return w
}

/** Starts every job, waits until all processes are ready, then releases them at once. */
async function together(jobs: WorkerJob[]): Promise<Worker[]> {
  const started = jobs.map((job) => {
    const w = startWorker()
    const ready = w.next()
    w.send(job)
    return { w, ready }
  })
  await Promise.all(started.map((s) => s.ready))
  for (const { w } of started) w.send({ go: true })
  return started.map((s) => s.w)
}

/** A deterministic shuffle (so a failure can be rerun). */
function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    const j = seed % (i + 1)
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

describe.skipIf(!testProviders().includes('postgresql'))('bot processes on one PostgreSQL', () => {
  it('1,000 schedule occurrences fired by 3 processes in different orders: each fires exactly once', async () => {
    temp = await tempDatabase({ provider: 'postgresql' })
    const { db } = temp
    const start = new Date('2026-11-28T12:00:00Z')
    const rooms = Array.from({ length: 100 }, (_, i) => `room-${i}`)
    const branch = await db.branch.create({ data: { name: '并发支部' } })
    await db.schedule.createMany({
      data: rooms.map((roomId, i) => ({
        branchId: branch.id,
        roomId,
        kind: 'class',
        phrase: '每分钟',
        cron: '* * * * *',
        topic: `课程${i}`,
        leadMinutes: 5,
        createdBy: 'sec',
        createdAt: start,
        activeSince: start,
      })),
    })
    const schedules = await db.schedule.findMany({ orderBy: { id: 'asc' } })
    const occurrences = schedules.flatMap((s) =>
      Array.from({ length: 10 }, (_, m) => ({ scheduleId: s.id, at: start.getTime() + m * 60_000 })),
    )
    expect(occurrences).toHaveLength(1000)
    // Every process believes it serves every group (the moment after a takeover, before the old owner has
    // re-read the owner column): only the claim row decides.
    const orders = [occurrences, [...occurrences].reverse(), shuffled(occurrences, 7)]
    const started = Date.now()
    const fleet = await together(
      orders.map((fires, i) => ({ job: 'fires', url: temp!.url, holder: `p${i}`, fires })),
    )
    const replies = await Promise.all(fleet.map((w) => w.next()))
    const outcomes = replies.map((r) => ('outcomes' in r ? r.outcomes : {}))
    const firing = replies.map((r) => ('ms' in r ? r.ms : 0))
    console.info(
      `1,000 occurrences × 3 processes: ${Date.now() - started} ms in all, firing ${firing.join('/')} ms`,
      JSON.stringify(outcomes),
    )
    const total = (o: FireOutcome) => outcomes.reduce((n, x) => n + (x[o] ?? 0), 0)
    expect(total('done')).toBe(1000)
    expect(total('taken')).toBe(2000)
    // The barrier worked: every process won some.
    for (const o of outcomes) expect(o.done ?? 0).toBeGreaterThan(0)
    const fires = await db.scheduleFire.groupBy({ by: ['status'], _count: true })
    expect(fires).toEqual([{ status: 'done', _count: 1000 }])
    // Each fire's action (a class reminder in its group) ran once: 1,000 queued messages, all different.
    const messages = await db.outboundMessage.findMany({ select: { conversationId: true, text: true } })
    expect(messages).toHaveLength(1000)
    expect(new Set(messages.map((m) => `${m.conversationId}|${m.text}`)).size).toBe(1000)
  }, 60_000)

  it('two processes logged in to one account: the second waits silently, then takes over when the first dies', async () => {
    temp = await tempDatabase({ provider: 'postgresql' })
    const accounts = { label: '一号', leaseMs: 1_500, takeoverMs: 1_000, checkEveryMs: 100 }
    const account = { id: 'wxid_same', name: '支部助手' }
    const job: WorkerJob = { job: 'account', url: temp.url, account, accounts }
    const pair = await together([job, job])
    const first = await Promise.all(pair.map((w) => w.next()))
    const modes = first.map((r) => ('mode' in r ? r.mode : ''))
    expect([...modes].sort()).toEqual(['active', 'standby'])
    const active = pair[modes.indexOf('active')]!
    const standby = pair[modes.indexOf('standby')]!

    const status = async (w: Worker, message: ToWorker) => {
      const reply = w.next()
      w.send(message)
      const r = await reply
      if (!('mode' in r)) throw new Error('unexpected reply')
      return r
    }
    expect((await status(active, { say: '帮助', from: 'member-1' })).sent).toEqual([
      expect.stringContaining('可用命令'),
    ])
    expect((await status(standby, { say: '帮助', from: 'member-1' })).sent).toEqual([])
    // Many lease checks later it is still waiting, and said so once.
    await new Promise((resolve) => setTimeout(resolve, 500))
    const st = await status(standby, { status: true })
    expect(st).toMatchObject({ mode: 'standby', standbyNotices: 1 })

    const killedAt = Date.now()
    active.child.kill('SIGKILL')
    await waitFor(async () => (await status(standby, { status: true })).mode === 'active', 10_000)
    console.info(`the waiting process took the account over ${Date.now() - killedAt} ms after the first died`)
    const after = await status(standby, { say: '帮助', from: 'member-1' })
    expect(after).toMatchObject({ mode: 'active', takeoverNotices: 1 })
    expect(after.sent).toEqual([expect.stringContaining('可用命令')])
  }, 60_000)
})
