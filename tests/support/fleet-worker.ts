// One bot process of a fleet, for tests/accounts/processes.test.ts: forked by the test, talking to it over IPC.
// 'fires': fires the given schedule occurrences through the real ScheduleEngine (in this process's order) and
// says how each ended. 'account': runs the real runtime for one WeChat account and answers the test's messages.
// Every job starts only when the test says go, so all processes begin at the same moment (the barrier).
import { createLogger, MemoryLogSink } from '../../bot/logger.js'
import { createRuntime, type Runtime } from '../../bot/core/runtime.js'
import { OutboundQueue, type Sender } from '../../bot/outbound/queue.js'
import { scheduleActions } from '../../bot/scheduler/actions.js'
import { ScheduleEngine, type FireOutcome } from '../../bot/scheduler/engine.js'
import { createAttendance } from '../../handlers/attendance/index.js'
import type { Config, Incoming } from '../../handlers/types.js'
import { createDb } from '../../prisma/client.js'
import { listActiveSchedules } from '../../prisma/repos/schedule/schedules.js'
import { testConfig } from './config.js'

export type WorkerJob =
  | { job: 'fires'; url: string; holder: string; fires: Array<{ scheduleId: number; at: number }> }
  | { job: 'account'; url: string; account: { id: string; name: string }; accounts: Config['accounts'] }

export type ToWorker = { go: true } | { say: string; from: string } | { status: true }

export type FromWorker =
  | { ready: true }
  | { outcomes: Partial<Record<FireOutcome, number>>; ms: number }
  | { mode: string; sent: string[]; standbyNotices: number; takeoverNotices: number; logs: string[] }

const send = (message: FromWorker) => process.send?.(message)
const silent = createLogger({ level: 'silent' })
const go = new Promise<void>((resolve) => {
  process.on('message', (m: ToWorker) => {
    if ('go' in m) resolve()
  })
})

async function fires(job: Extract<WorkerJob, { job: 'fires' }>): Promise<void> {
  const db = createDb(job.url)
  const clock = { now: () => new Date(Math.max(...job.fires.map((f) => f.at))) }
  const out = new OutboundQueue({ db, clock, log: silent, limits: testConfig.outbound })
  const deps = { db, clock, out, log: silent }
  const engine = new ScheduleEngine({
    db,
    clock,
    actions: scheduleActions(createAttendance(), deps),
    out,
    log: silent,
    driver: null,
    instanceId: job.holder,
  })
  const schedules = new Map((await listActiveSchedules(db)).map((s) => [s.id, s]))
  send({ ready: true })
  await go
  const started = Date.now()
  const outcomes: Partial<Record<FireOutcome, number>> = {}
  // A few at a time, like cron ticks and catch-up overlapping in a busy process.
  const queue = [...job.fires]
  const lane = async () => {
    for (let f = queue.shift(); f; f = queue.shift()) {
      const schedule = schedules.get(f.scheduleId)
      const outcome = schedule ? await engine.fire(schedule, new Date(f.at), true) : 'inactive'
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1
    }
  }
  await Promise.all([lane(), lane(), lane()])
  send({ outcomes, ms: Date.now() - started })
  await db.$disconnect()
}

async function account(job: Extract<WorkerJob, { job: 'account' }>): Promise<void> {
  const logs = new MemoryLogSink()
  const db = createDb(job.url)
  const config: Config = { ...testConfig, databaseUrl: job.url, accounts: job.accounts }
  const runtime: Runtime = createRuntime({
    db,
    config,
    clock: { now: () => new Date() },
    log: createLogger({ sink: logs }),
    cronDriver: null,
    tickEveryMs: null,
    sleep: () => new Promise((resolve) => setImmediate(resolve)),
  })
  const sent: string[] = []
  const sender: Sender = {
    sendText: async (_to, text) => void sent.push(text),
    sendFile: async () => {},
    sendImage: async () => {},
  }
  await runtime.start()
  const count = (words: string) => logs.lines.filter((l) => String(l.msg).includes(words)).length
  const status = () =>
    send({
      mode: runtime.accounts.mode,
      sent: [...sent],
      standbyNotices: count('本进程待命'),
      takeoverNotices: count('本进程接手'),
      logs: logs.lines.map((l) => String(l.msg)),
    })
  let counter = 0
  process.on('message', (m: ToWorker) => {
    if ('status' in m) status()
    if (!('say' in m)) return
    const msg: Incoming = {
      id: `w${process.pid}-${++counter}`,
      roomId: null,
      roomTopic: null,
      talkerId: m.from,
      talkerName: '党员',
      text: m.say,
      mentions: [],
      addressed: true,
      file: null,
      at: new Date(),
    }
    void runtime.dispatcher
      .receive(m.from, msg)
      .then(() => runtime.idle())
      .then(status)
  })
  send({ ready: true })
  await go
  await runtime.accounts.signIn(job.account, sender)
  status()
}

process.once('message', (job: WorkerJob) => {
  const run = job.job === 'fires' ? fires(job) : account(job)
  run.catch((error: unknown) => {
    console.error(error)
    process.exit(1)
  })
})
