// The bot talks to WeChat through the same gRPC protocol production gateways speak: PuppetServer (wrapping
// the mock puppet) on 127.0.0.1 with TLS off, and the bot's PuppetService client.
import { afterAll, beforeAll, expect, it } from 'vitest'
import {
  startBotOnGateway,
  startGateway,
  waitFor,
  type BotOnGateway,
  type Gateway,
} from './support/gateway.js'

let gateway: Gateway
let bot: BotOnGateway

beforeAll(async () => {
  gateway = await startGateway()
  bot = await startBotOnGateway(gateway, { config: { botAdminIds: ['grpc-admin'] } })
}, 60_000)

afterAll(async () => {
  await bot?.stop()
  await gateway?.stop()
})

it('logs in, receives a group command and answers it over gRPC', async () => {
  const { mocker } = gateway
  const botUser = mocker.createContact({ id: 'grpc-bot', name: '支部助手' })
  const admin = mocker.createContact({ id: 'grpc-admin', name: '王书记' })
  const room = mocker.createRoom({
    id: 'grpc-room@chatroom',
    topic: '测试支部群',
    memberIdList: [botUser.id, admin.id],
  })
  mocker.login(botUser)
  await waitFor(() => bot.running.health.healthy)
  admin.say('绑定支部 测试流动党员支部').to(room)
  await waitFor(() => bot.sentTo(room.id).length > 0)
  expect(bot.sentTo(room.id)[0]).toContain('已将本群绑定到「测试流动党员支部」')
  expect(await bot.db.group.findUnique({ where: { roomId: room.id } })).toMatchObject({ topic: '测试支部群' })
})
