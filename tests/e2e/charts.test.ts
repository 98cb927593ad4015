// Attendance pictures through the real Wechaty (mock puppet): what arrives in WeChat is an image message whose
// PNG decodes to a chart.
import type { Message } from 'wechaty'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ManualClock } from '../support/clock.js'
import { startMockWechat, say, textsIn, type MockWechat } from '../support/mock-wechat.js'
import { countColour, decodePng, inkShare, pngSize } from '../charts/pixels.js'
import { MARK_COLOR } from '../../handlers/charts/panels.js'
import { ADMIN_ID, createWorld, setUpBranch, type World } from './branch.js'

const ROOM_ID = 'xz-charts@chatroom'

let w: MockWechat
let world: World
beforeEach(async () => {
  w = await startMockWechat({
    config: { botAdminIds: [ADMIN_ID] },
    clock: new ManualClock(),
    manualTime: true,
  })
  world = createWorld(w.mocker, w.botUser.id, ROOM_ID)
})
afterEach(async () => w.stop())

interface Picture {
  roomId: string | null
  toId: string | null
  name: string
  png: Promise<Buffer>
}

/** Every picture the bot sends, read back from the outgoing Wechaty messages. */
function capturePictures(): Picture[] {
  const pictures: Picture[] = []
  w.running.bot.on('message', (m: Message) => {
    if (!m.self() || m.type() !== w.running.bot.Message.Type.Image) return
    const box = m.toFileBox()
    const picture: Picture = {
      roomId: m.room()?.id ?? null,
      toId: m.listener()?.id ?? null,
      name: '',
      png: box.then(async (b) => {
        picture.name = b.name
        return b.toBuffer()
      }),
    }
    pictures.push(picture)
  })
  return pictures
}

describe('attendance pictures in WeChat', () => {
  it('统计 sends the secretary a picture privately; 图表 posts one picture in the group', async () => {
    const pictures = capturePictures()
    const admin = await setUpBranch(w, world)
    await say(w, admin, world.room, '开课 党章学习 30')
    for (const name of ['李娟', '赵强', '刘芳', '杨丽']) await say(w, world.person(name), world.room, '签到')
    await say(w, world.person('陈明'), world.room, '请假 在工地加班')
    await say(w, admin, world.room, '结束')

    const before = textsIn(w, ROOM_ID).length
    await say(w, admin, world.room, '统计 本月')
    expect(textsIn(w, ROOM_ID).slice(before)).toEqual([expect.stringContaining('本月共1次活动，总出勤率40%')])
    expect(pictures).toHaveLength(1)
    expect(pictures[0]).toMatchObject({ roomId: null, toId: ADMIN_ID })
    const privatePng = await pictures[0]!.png
    expect(pictures[0]!.name).toMatch(/^出勤统计-\d{4}年\d{1,2}月\.png$/)
    const privatePixels = await decodePng(privatePng)
    expect(pngSize(privatePng).width).toBeGreaterThanOrEqual(960)
    expect(inkShare(privatePixels)).toBeGreaterThan(0.02)
    expect(countColour(privatePixels, MARK_COLOR.absent)).toBeGreaterThan(300)

    const groupBefore = w.sent.filter((s) => s.roomId === ROOM_ID).length
    await say(w, admin, world.room, '图表')
    const groupNew = w.sent.filter((s) => s.roomId === ROOM_ID).slice(groupBefore)
    expect(groupNew).toHaveLength(1)
    expect(groupNew[0]!.type).toBe(String(w.running.bot.Message.Type.Image))
    expect(pictures.at(-1)).toMatchObject({ roomId: ROOM_ID })
    const groupPng = await pictures.at(-1)!.png
    expect(pictures.at(-1)!.name).toMatch(/^出勤率-.*\.png$/)
    expect(inkShare(await decodePng(groupPng))).toBeGreaterThan(0.02)

    const images = await w.running.db.outboundMessage.findMany({ where: { kind: 'image' } })
    expect(images.map((m) => [m.isRoom, m.status])).toEqual([
      [false, 'sent'],
      [true, 'sent'],
    ])
  })
})
