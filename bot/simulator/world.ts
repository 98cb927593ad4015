// The built-in simulator: the real Wechaty on wechaty-puppet-mock, with the demo group and its members.
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { FileBox } from 'file-box'
import type { Message } from 'wechaty'
import { mock, PuppetMock } from 'wechaty-puppet-mock'
import { DEMO_PEOPLE, DEMO_ROOM_ID, DEMO_SECRETARY_ID, seedDemo } from '../../prisma/seed/demo.js'
import type { Config } from '../../handlers/types.js'
import type { Logger } from '../logger.js'
import { startBot, type RunningBot } from '../start.js'

export type ContactMock = ReturnType<mock.Mocker['createContact']>
export type RoomMock = ReturnType<mock.Mocker['createRoom']>
export const DEMO_ROOM_TOPIC = '叙州区驻深圳流动党员支部（模拟群）'

export interface World {
  running: RunningBot
  mocker: mock.Mocker
  botUser: ContactMock
  people: ContactMock[]
  /** The first speaker: the demo branch's secretary. */
  secretary: ContactMock
  room: RoomMock
  /** A second group, not bound to any branch: to try 绑定支部 and 导入名册 from scratch. */
  newRoom: RoomMock
  /** The group the terminal speaks in. */
  current: RoomMock
  /** Someone says `text` in the group; `@名字` mentions are turned into real mentions. */
  sayInGroup(who: ContactMock, text: string): Promise<void>
  sayPrivately(who: ContactMock, text: string): Promise<void>
  sendFile(who: ContactMock, file: string, privately?: boolean): Promise<void>
  onBotMessage(listener: (text: string, where: { group: string } | { to: string }) => void): void
  stop(): Promise<void>
}

export async function startWorld(config: Config, log: Logger, o: { seed?: boolean } = {}): Promise<World> {
  const mocker = new mock.Mocker()
  const puppet = new PuppetMock({ mocker })
  const botUser = mocker.createContact({ id: 'wxid_zhibu_bot', name: config.botName })
  const people = DEMO_PEOPLE.map((p) => mocker.createContact({ id: p.id, name: p.name }))
  const secretary = people.find((p) => p.id === DEMO_SECRETARY_ID) ?? mocker.createContact({ name: '书记' })
  const room = mocker.createRoom({
    id: DEMO_ROOM_ID,
    topic: DEMO_ROOM_TOPIC,
    memberIdList: [botUser.id, ...people.map((p) => p.id)],
  })
  const newRoom = mocker.createRoom({
    id: 'demo-new-group@chatroom',
    topic: '新建支部群（未绑定）',
    memberIdList: [botUser.id, ...people.map((p) => p.id)],
  })
  const admins = config.botAdminIds.length ? config.botAdminIds : [DEMO_SECRETARY_ID]
  const running = await startBot({
    config: { ...config, botAdminIds: admins },
    log,
    puppet,
    beforeStart: async (db) => {
      if (o.seed !== false && (await seedDemo(db, DEMO_ROOM_TOPIC))) log.info('已创建演示支部与名册')
    },
  })
  const loggedIn = new Promise((resolve) => running.bot.once('login', resolve))
  mocker.login(botUser)
  await loggedIn

  const mentionsIn = (text: string) => [botUser, ...people].filter((c) => text.includes(`@${c.payload.name}`))
  // Waits for the bot to finish, then a moment for the mock to echo the bot's own messages.
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve, 10))
    await running.idle()
    await new Promise((resolve) => setTimeout(resolve, 30))
  }
  const world: World = {
    running,
    mocker,
    botUser,
    people,
    secretary,
    room,
    newRoom,
    current: room,
    async sayInGroup(who, text) {
      who.say(text, mentionsIn(text)).to(world.current)
      await settle()
    },
    async sayPrivately(who, text) {
      who.say(text).to(botUser)
      await settle()
    },
    async sendFile(who, file, privately = false) {
      const base64 = (await readFile(file)).toString('base64')
      who.say(FileBox.fromBase64(base64, path.basename(file))).to(privately ? botUser : world.current)
      await settle()
    },
    onBotMessage(listener) {
      running.bot.on('message', (m: Message) => {
        if (!m.self()) return
        const text = m.type() === running.bot.Message.Type.Text ? m.text() : `［文件］${m.text() || ''}`
        const room = m.room()
        listener(text, room ? { group: room.payload?.topic ?? '' } : { to: m.listener()?.name() ?? '' })
      })
    },
    stop: () => running.stop(),
  }
  return world
}
