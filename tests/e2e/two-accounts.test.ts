// Two WeChat accounts of ours in one group, each a real bot behind its own gateway (PuppetServer + mock puppet,
// the gRPC path production gateways speak), both on one PostgreSQL. WeChat delivers a group message to every
// member account, so the test says each person's message in both gateways' worlds. Only the owner acts; when it
// is logged out (banned), the spare takes over within the configured limit, keeps the sign-ins made before,
// counts those made during the outage, and nothing is sent twice. Both bots run in this test process: forking
// each with its own gateway costs ~5 s of start-up per process here, and the database sees two clients either way.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ManualClock } from '../support/clock.js'
import { dailyRollCallAt20 } from '../support/schedules.js'
import {
  startBotOnGateway,
  startGateway,
  waitFor,
  type BotOnGateway,
  type ContactMock,
  type Gateway,
  type RoomMock,
} from '../support/gateway.js'
import { tempDatabase, testProviders, type TempDatabase } from '../support/temp-db.js'

const ROOM = 'shared@chatroom'
const TAKEOVER_MS = 1_000
const PEOPLE = [
  { id: 'wxid_sec', name: '王书记' },
  ...Array.from({ length: 5 }, (_, i) => ({ id: `wxid_m${i + 1}`, name: `党员${i + 1}` })),
]
const BOTS = [
  { id: 'wxid_bot_a', name: '支部助手', label: '一号' },
  { id: 'wxid_bot_b', name: '支部助手2', label: '二号' },
]

interface Side {
  gateway: Gateway
  bot: BotOnGateway
  me: ContactMock
  people: Map<string, ContactMock>
  room: RoomMock
  label: string
}

let temp: TempDatabase
let sides: Side[] = []
const clock = new ManualClock('2026-11-28T11:50:00Z')

async function startSide(o: (typeof BOTS)[number]): Promise<Side> {
  const gateway = await startGateway()
  const { mocker } = gateway
  const contacts = [...BOTS, ...PEOPLE].map((p) => mocker.createContact({ id: p.id, name: p.name }))
  const room = mocker.createRoom({ id: ROOM, topic: '驻外支部群', memberIdList: contacts.map((c) => c.id) })
  const me = contacts.find((c) => c.id === o.id)!
  mocker.login(me)
  const bot = await startBotOnGateway(gateway, {
    clock,
    cronDriver: null,
    tickEveryMs: null,
    config: {
      databaseUrl: temp.url,
      botName: o.name,
      botAdminIds: ['wxid_sec'],
      accounts: { label: o.label, leaseMs: 1_500, takeoverMs: TAKEOVER_MS, checkEveryMs: 100 },
    },
  })
  gateway.startHeartbeats(300)
  const people = new Map(contacts.map((c) => [c.id, c]))
  return { gateway, bot, me, people, room, label: o.label }
}

const pg = testProviders().includes('postgresql')

beforeAll(async () => {
  if (!pg) return
  temp = await tempDatabase({ provider: 'postgresql' })
  sides = await Promise.all(BOTS.map(startSide))
  await waitFor(() => sides.every((s) => s.bot.running.runtime.accounts.mode === 'active'), 20_000)
}, 60_000)

afterAll(async () => {
  for (const s of sides) {
    s.gateway.stopHeartbeats()
    await s.bot.stop()
    await s.gateway.stop()
  }
  await temp?.cleanup()
})

/** A person says something in the group: every account in it receives the message. */
function say(person: string, text: string, to: Side[] = sides): void {
  for (const s of to) s.people.get(person)!.say(text).to(s.room)
}

const sentToRoom = (s: Side) => s.gateway.received.filter((r) => r.to === ROOM).map((r) => r.text)
const allRoomTexts = () => sides.flatMap(sentToRoom)
const settle = () => Promise.all(sides.map((s) => s.bot.running.idle()))
const presentCount = () => temp.db.attendance.count({ where: { status: 'present' } })

describe.skipIf(!pg)('two bot accounts behind two gateways in one group', () => {
  it('only the owner acts; when it is logged out the spare takes over, keeps every sign-in and sends nothing twice', async () => {
    say('wxid_sec', '绑定支部 驻外支部')
    await waitFor(async () => (await temp.db.group.count({ where: { ownerAccountId: { not: null } } })) === 1)
    await waitFor(() => allRoomTexts().some((t) => t.includes('已将本群绑定到')))
    await settle()
    const group = await temp.db.group.findFirstOrThrow()
    const owner = sides.find((s) => s.me.id === group.ownerAccountId)!
    const spare = sides.find((s) => s !== owner)!
    expect(allRoomTexts().filter((t) => t.includes('已将本群绑定到'))).toHaveLength(1)
    await temp.db.member.createMany({
      data: PEOPLE.slice(1).map((p) => ({ branchId: group.branchId, name: p.name, contactId: p.id })),
    })

    say('wxid_sec', '点名 30')
    await waitFor(() => sentToRoom(owner).some((t) => t.includes('现在开始签到')))
    for (const m of ['wxid_m1', 'wxid_m2', 'wxid_m3']) say(m, '到')
    await waitFor(async () => (await presentCount()) === 3)
    await settle()
    expect(spare.bot.running.runtime.drops.peek()['not-owner']).toBeGreaterThanOrEqual(4)

    // The owner's account is logged out (banned): it receives nothing from now on.
    const downAt = Date.now()
    await owner.gateway.puppet.logout('账号被限制登录')
    say('wxid_m4', '到', [spare])
    await waitFor(() => sentToRoom(spare).some((t) => t.includes('接替')), 10_000)
    const takeoverMs = Date.now() - downAt
    console.info(
      `the spare took the group over ${takeoverMs} ms after the owner was logged out (limit ${TAKEOVER_MS} ms)`,
    )
    expect(takeoverMs).toBeLessThan(TAKEOVER_MS + 3_000)
    say('wxid_m5', '到', [spare])
    await waitFor(async () => (await presentCount()) === 5)
    say('wxid_sec', '结束', [spare])
    await waitFor(() => sentToRoom(spare).some((t) => t.includes('实到会党员')))
    await settle()

    const session = await temp.db.session.findFirstOrThrow()
    expect(session.summary).toContain('应到会党员5名，实到会党员5名')
    const texts = allRoomTexts()
    expect(texts.filter((t) => t.includes('现在开始签到'))).toHaveLength(1)
    expect(texts.filter((t) => t.includes('接替'))).toHaveLength(1)
    expect(texts.filter((t) => t.includes('实到会党员'))).toHaveLength(1)
    expect(new Set(texts).size).toBe(texts.length)
    const toSecretary = spare.gateway.received.filter((r) => r.to === 'wxid_sec').map((r) => r.text)
    expect(toSecretary.filter((t) => t.includes(`已由「${spare.label}」接替`))).toHaveLength(1)

    // The old owner is back: it stays silent in the group it no longer owns.
    owner.gateway.mocker.login(owner.me)
    await waitFor(() => owner.bot.running.health.healthy, 10_000)
    const ownerSent = sentToRoom(owner).length
    say('wxid_sec', '帮助')
    await waitFor(() => sentToRoom(spare).at(-1)?.includes('可用命令') === true)
    await settle()
    expect(sentToRoom(owner)).toHaveLength(ownerSent)

    // A schedule due now fires once, through the new owner.
    const schedule = await temp.db.schedule.create({
      data: dailyRollCallAt20({
        branchId: group.branchId,
        roomId: ROOM,
        createdBy: 'wxid_sec',
        since: clock.now(),
      }),
    })
    clock.set('2026-11-28T12:00:00Z')
    const outcomes = await Promise.all(sides.map((s) => s.bot.running.runtime.scheduler.fireDue(clock.now())))
    const byAccount = new Map(sides.map((s, i) => [s.label, outcomes[i]!.get(schedule.id)]))
    expect(byAccount).toEqual(
      new Map([
        [spare.label, 'done'],
        [owner.label, 'not-owner'],
      ]),
    )
    await waitFor(() => sentToRoom(spare).some((t) => t.includes('联络点名》现在开始签到')))
    await settle()
    expect(allRoomTexts().filter((t) => t.includes('联络点名》现在开始签到'))).toHaveLength(1)
  }, 60_000)
})
