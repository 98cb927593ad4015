// Messages can arrive twice or late after a reconnect: the bot must act on each message once, and never on
// old ones. Driven through the real Wechaty by emitting raw puppet message events.
import { afterEach, beforeEach, expect, it } from 'vitest'
import {
  startMockWechat,
  textsIn,
  type ContactMock,
  type MockWechat,
  type RoomMock,
} from './support/mock-wechat.js'

let w: MockWechat
let admin: ContactMock
let room: RoomMock

beforeEach(async () => {
  w = await startMockWechat({ config: { botAdminIds: ['admin-1'] } })
  admin = w.mocker.createContact({ id: 'admin-1', name: '王书记' })
  room = w.mocker.createRoom({
    id: 'filters@chatroom',
    topic: '支部群',
    memberIdList: [w.botUser.id, admin.id],
  })
})
afterEach(async () => w.stop())

function emitRaw(id: string, text: string, ageSeconds: number) {
  w.mocker.cacheMessagePayload.set(id, {
    id,
    talkerId: admin.id,
    roomId: room.id,
    timestamp: Date.now() - ageSeconds * 1000,
    type: 7, // Text
    text,
    mentionIdList: [],
  } as never)
  w.mocker.puppet.emit('message', { messageId: id })
}

it('acts once on a message delivered twice', async () => {
  emitRaw('dup-1', '帮助', 0)
  emitRaw('dup-1', '帮助', 0)
  await w.settle()
  expect(textsIn(w, room.id)).toHaveLength(1)
})

it('ignores messages older than two minutes (replayed after a reconnect)', async () => {
  emitRaw('old-1', '帮助', 600)
  await w.settle()
  expect(textsIn(w, room.id)).toHaveLength(0)
  emitRaw('fresh-1', '帮助', 30)
  await w.settle()
  expect(textsIn(w, room.id)).toHaveLength(1)
})

it('treats a plain-text @<bot name> as addressed when the client sends no mention ids', async () => {
  emitRaw('plain-at', '@支部助手 帮助', 0)
  await w.settle()
  expect(textsIn(w, room.id).at(-1)).toContain('可用命令')
})

it('never writes a full phone number into the logs', async () => {
  emitRaw('phone-1', '@支部助手 我的电话是13912345678', 0)
  await w.settle()
  w.log.info({ text: '联系 13912345678' }, '测试 13912345678')
  await w.settle()
  expect(w.logs.text()).not.toContain('13912345678')
  expect(w.logs.text()).toContain('139****5678')
})
