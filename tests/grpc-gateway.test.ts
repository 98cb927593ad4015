// The bot talks to WeChat through the same gRPC protocol production gateways speak: PuppetServer (wrapping
// the mock puppet) on 127.0.0.1 with TLS off, and the bot's PuppetService client.
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Message } from 'wechaty'
import { PuppetServer, PuppetService } from 'wechaty-puppet-service'
import { mock, PuppetMock } from 'wechaty-puppet-mock'
import { createLogger, MemoryLogSink } from '../bot/logger.js'
import { startBot, type RunningBot } from '../bot/start.js'
import { testConfig } from './support/fake-context.js'

let server: PuppetServer
let running: RunningBot
let mocker: mock.Mocker
let dir: string

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number }
      s.close(() => resolve(port))
    })
  })
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'zhibu-grpc-'))
  mocker = new mock.Mocker()
  const port = await freePort()
  const token = `insecure_${Math.random().toString(36).slice(2)}`
  const endpoint = `127.0.0.1:${port}`
  server = new PuppetServer({ endpoint, token, puppet: new PuppetMock({ mocker }), tls: { disable: true } })
  await server.start()
  const client = new PuppetService({ token, endpoint, tls: { disable: true } })
  running = await startBot({
    config: { ...testConfig, databaseUrl: `file:${path.join(dir, 'bot.db')}`, botAdminIds: ['grpc-admin'] },
    log: createLogger({ sink: new MemoryLogSink() }),
    puppet: client,
    sleep: () => new Promise((resolve) => setImmediate(resolve)),
    printQr: false,
  })
}, 60_000)

afterAll(async () => {
  await running?.stop()
  await server?.stop()
  rmSync(dir, { recursive: true, force: true })
})

it('logs in, receives a group command and answers it over gRPC', async () => {
  const botUser = mocker.createContact({ id: 'grpc-bot', name: '支部助手' })
  const admin = mocker.createContact({ id: 'grpc-admin', name: '王书记' })
  const room = mocker.createRoom({
    id: 'grpc-room@chatroom',
    topic: '测试支部群',
    memberIdList: [botUser.id, admin.id],
  })
  const loggedIn = new Promise((resolve) => running.bot.once('login', resolve))
  mocker.login(botUser)
  await loggedIn
  expect(running.health.loggedIn).toBe(true)

  const replies: string[] = []
  running.bot.on('message', (m: Message) => {
    if (m.self() && m.room()?.id === room.id) replies.push(m.text())
  })
  const answered = new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      if (replies.length) {
        clearInterval(timer)
        resolve()
      }
    }, 20)
  })
  admin.say('绑定支部 测试流动党员支部').to(room)
  await answered
  expect(replies[0]).toContain('已将本群绑定到「测试流动党员支部」')
  expect(await running.db.group.findUnique({ where: { roomId: room.id } })).toMatchObject({
    topic: '测试支部群',
  })
})
