// One account process of the peak benchmark (bench/accounts.ts forks it): the real runtime for one WeChat
// account, without WeChat (messages go straight to the dispatcher, sends are recorded, pacing sleeps are
// skipped). On 'go' it fires the 20:00 roll calls of its groups, takes every member's sign-in, closes the roll
// calls at 20:10 and reports how long each step took and how many statements it sent to the database.
import { createRuntime } from '../bot/core/runtime.js'
import { createLogger } from '../bot/logger.js'
import { systemClock } from '../bot/start.js'
import type { Sender } from '../bot/outbound/queue.js'
import type { Config, Incoming } from '../handlers/types.js'
import { createDb } from '../prisma/client.js'
import { ManualClock } from '../tests/support/clock.js'
import { testConfig } from '../tests/support/config.js'

export interface BenchJob {
  url: string
  account: { id: string; name: string }
  rooms: string[]
  members: number
  accounts: Config['accounts']
  /** Wall-clock time (the takeover phase); otherwise a manual clock the benchmark moves to 20:00, 20:01, 20:10. */
  realClock?: boolean
}

export interface BenchReport {
  account: string
  fired: number
  signIns: number
  fireMs: number
  signInMs: number
  closeMs: number
  totalMs: number
  signInStatements: number
  sent: number
}

const send = (m: object) => process.send?.(m)

async function run(job: BenchJob): Promise<void> {
  let statements = 0
  const db = createDb(job.url, { onQuery: () => statements++ })
  const clock = job.realClock ? systemClock : new ManualClock('2026-11-28T11:59:30Z')
  const config: Config = { ...testConfig, databaseUrl: job.url, accounts: job.accounts }
  const runtime = createRuntime({
    db,
    config,
    clock,
    log: createLogger({ level: 'silent' }),
    cronDriver: null,
    tickEveryMs: null,
    sleep: () => new Promise((resolve) => setImmediate(resolve)),
  })
  let sent = 0
  const sender: Sender = {
    sendText: async () => void sent++,
    sendFile: async () => {},
    sendImage: async () => {},
  }
  await runtime.start()
  await runtime.accounts.signIn(job.account, sender)
  await runtime.idle()
  send({ ready: true })
  await new Promise((resolve) => process.once('message', resolve))
  if (!(clock instanceof ManualClock)) return

  const t0 = performance.now()
  clock.set('2026-11-28T12:00:00Z')
  const outcomes = await runtime.scheduler.fireDue(clock.now())
  const fired = [...outcomes.values()].filter((o) => o === 'done').length
  const t1 = performance.now()
  clock.set('2026-11-28T12:01:00Z')
  const before = statements
  const burst: Promise<void>[] = []
  for (let j = 0; j < job.members; j++)
    for (const room of job.rooms) burst.push(runtime.dispatcher.receive(room, signIn(room, j, clock.now())))
  await Promise.all(burst)
  await runtime.features.attendance.flush(db, createLogger({ level: 'silent' }))
  const signInStatements = statements - before
  const t2 = performance.now()
  clock.set('2026-11-28T12:10:00Z')
  await runtime.tick()
  await runtime.idle()
  const t3 = performance.now()
  const report: BenchReport = {
    account: job.account.id,
    fired,
    signIns: burst.length,
    fireMs: t1 - t0,
    signInMs: t2 - t1,
    closeMs: t3 - t2,
    totalMs: t3 - t0,
    signInStatements,
    sent,
  }
  send(report)
  // Stay up (renewing the lease, watching the others) until the benchmark ends or kills this process.
}

function signIn(room: string, j: number, at: Date): Incoming {
  const id = `${room}-m${j}`
  return {
    id: `msg-${id}`,
    roomId: room,
    roomTopic: null,
    talkerId: id,
    talkerName: `党员${j}`,
    text: '到',
    mentions: [],
    addressed: false,
    file: null,
    at,
  }
}

process.once('message', (job: BenchJob) => {
  run(job).catch((error: unknown) => {
    console.error(error)
    process.exit(1)
  })
})
