// npm run bench:startup — how long `npm start` takes to answer, and how much memory the bot holds while idle.
// Two runs, each a real `npm start` child process with the shipped knowledge base:
//   simulator: no token; ready when the terminal prompt appears;
//   gateway:   a wechaty-puppet-service gateway (PuppetServer + mock puppet) on 127.0.0.1; ready when the
//              bot has answered 帮助 in a group.
// Resident memory is summed over the whole process tree (npm, node …) after IDLE_MS of idling.
// Set BENCH_START_COMMAND to measure another command (e.g. the old `npx tsx bot/main.ts`).
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { mock, PuppetMock } from 'wechaty-puppet-mock'
import { PuppetServer } from 'wechaty-puppet-service'

const IDLE_MS = Number(process.env.BENCH_IDLE_MS ?? 8000)
const COMMAND = process.env.BENCH_START_COMMAND ?? 'npm start --silent'

/** Resident memory of the process tree rooted at pid: the total and the largest process (the bot itself). */
function rssOfTree(pid: number): { total: number; bot: number } {
  const children = (p: number): number[] => {
    try {
      const tasks = readdirSync(`/proc/${p}/task`)
      return tasks.flatMap((t) =>
        readFileSync(`/proc/${p}/task/${t}/children`, 'utf8').split(/\s+/).filter(Boolean).map(Number),
      )
    } catch {
      return []
    }
  }
  const all = [pid]
  for (let i = 0; i < all.length; i++) all.push(...children(all[i] ?? 0))
  const sizes = all.map((p) => {
    try {
      const line = readFileSync(`/proc/${p}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/)
      return line ? Number(line[1]) * 1024 : 0
    } catch {
      return 0
    }
  })
  return { total: sizes.reduce((a, b) => a + b, 0), bot: Math.max(...sizes) }
}

function start(env: Record<string, string>): { child: ChildProcess; output: () => string } {
  let text = ''
  const child = spawn(COMMAND, {
    shell: true,
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
    // Its own process group: stopping it signals npm and node, not only the shell (a bot left running
    // would hold its account's lease, and the next start would wait for it).
    detached: true,
  })
  child.stdout?.on('data', (d: Buffer) => (text += d.toString()))
  child.stderr?.on('data', (d: Buffer) => (text += d.toString()))
  return { child, output: () => text }
}

async function until(check: () => boolean, output: () => string, limitMs = 60_000): Promise<void> {
  const t0 = performance.now()
  while (!check()) {
    if (performance.now() - t0 > limitMs)
      throw new Error(`timed out waiting for the bot; it said:\n${output()}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function stop(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve))
  process.kill(-(child.pid ?? 0), 'SIGTERM')
  await Promise.race([exited, sleep(5000)])
}

async function simulator(dir: string) {
  const t0 = performance.now()
  const bot = start({ DATA_DIR: dir, DATABASE_URL: `file:${dir}/sim.db` })
  await until(() => bot.output().includes('王建国>'), bot.output)
  const readyMs = performance.now() - t0
  await sleep(IDLE_MS)
  const rss = rssOfTree(bot.child.pid ?? 0)
  bot.child.stdin?.write('/退出\n')
  await stop(bot.child)
  return { readyMs, rss }
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const address = s.address()
      const port = typeof address === 'object' && address ? address.port : 0
      s.close(() => resolve(port))
    })
  })
}

async function gateway(dir: string) {
  const mocker = new mock.Mocker()
  const port = await freePort()
  const token = `insecure_bench${port}`
  const puppet = new PuppetMock({ mocker })
  const server = new PuppetServer({ endpoint: `127.0.0.1:${port}`, token, puppet, tls: { disable: true } })
  await server.start()
  const botUser = mocker.createContact({ id: 'bench-bot', name: '支部助手' })
  const member = mocker.createContact({ id: 'bench-member', name: '党员甲' })
  const room = mocker.createRoom({
    id: 'bench@chatroom',
    topic: '基准测试群',
    memberIdList: [botUser.id, member.id],
  })
  const answers: string[] = []
  puppet.on('message', ({ messageId }) => {
    void puppet.messagePayload(messageId).then((m) => {
      if (m.talkerId === botUser.id) answers.push(m.text ?? '')
    })
  })
  const t0 = performance.now()
  const bot = start({
    DATA_DIR: dir,
    DATABASE_URL: `file:${dir}/gw.db`,
    WECHATY_PUPPET_SERVICE_TOKEN: token,
    WECHATY_PUPPET_SERVICE_ENDPOINT: `127.0.0.1:${port}`,
    WECHATY_PUPPET_SERVICE_NO_TLS_INSECURE_CLIENT: 'true',
    OUTBOUND_MIN_GAP_MS: '0',
    OUTBOUND_JITTER_MS: '0',
  })
  await sleep(300)
  mocker.login(botUser)
  await until(() => /已登录|"msg":"已登录"/.test(bot.output()), bot.output)
  member.say('帮助').to(room)
  await until(() => answers.some((a) => a.includes('可用命令')), bot.output)
  const readyMs = performance.now() - t0
  await sleep(IDLE_MS)
  const rss = rssOfTree(bot.child.pid ?? 0)
  await stop(bot.child)
  await server.stop()
  return { readyMs, rss }
}

const MB = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`
const dir = mkdtempSync(path.join(tmpdir(), 'zhibu-startup-'))
try {
  for (const [name, run] of [
    ['simulator', simulator],
    ['gateway', gateway],
  ] as const) {
    await run(dir) // first start: migrates a new database
    const f = await run(dir)
    console.log(
      `${name}: ready in ${(f.readyMs / 1000).toFixed(2)} s; resident while idle: bot process ${MB(f.rss.bot)}, ` +
        `whole process tree ${MB(f.rss.total)} (${COMMAND})`,
    )
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
process.exit(0)
