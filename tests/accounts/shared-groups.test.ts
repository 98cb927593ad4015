// Two of our bot accounts in the same groups, each its own runtime and Prisma client on one PostgreSQL (as two
// processes would be), fed the same group messages (WeChat delivers a group message to every member account).
// Only the owner acts; a spare takes over when the owner is down; a group moves by command; an owner that comes
// back acts nowhere it no longer owns. The real runtime, no WeChat (tests/e2e/two-accounts.test.ts adds it).
import { afterEach, describe, expect, it } from 'vitest'
import type { AccountState } from '../../prisma/repos/accounts/leases.js'
import { ManualClock } from '../support/clock.js'
import { testConfig } from '../support/config.js'
import { ROOM, startChat, type Chat, type Person } from '../support/chat.js'
import { dailyRollCallAt20 } from '../support/schedules.js'
import { tempDatabase, testProviders, type TempDatabase } from '../support/temp-db.js'

const SECRETARY: Person = { id: 'admin-1', name: '王书记' }
const MEMBERS: Person[] = Array.from({ length: 6 }, (_, i) => ({ id: `m${i + 1}`, name: `党员${i + 1}` }))
const A = { id: 'acc-a', name: '支部助手' }
const B = { id: 'acc-b', name: '支部助手2' }
const TAKEOVER_MS = 180_000

interface Pair {
  temp: TempDatabase
  a: Chat
  b: Chat
  /** Messages, sessions, leases and takeovers: one time for both accounts, moved by hand. */
  clock: ManualClock
  stateOfA: { now: AccountState }
  both(from: Person, text: string): Promise<void>
}

let pair: Pair | null = null
afterEach(async () => {
  if (!pair) return
  await pair.a.stop()
  await pair.b.stop()
  await pair.temp.cleanup()
  pair = null
})

async function twoAccounts(owner: string | null = A.id, dailyCap = 10_000): Promise<Pair> {
  const temp = await tempDatabase({ provider: 'postgresql' })
  const clock = new ManualClock('2026-11-28T12:00:00Z')
  const stateOfA = { now: 'online' as AccountState }
  const config = (label: string) => ({
    accounts: { label, leaseMs: 30_000, takeoverMs: TAKEOVER_MS, checkEveryMs: null },
    outbound: { ...testConfig.outbound, dailyCap },
  })
  const a = await startChat({
    databaseUrl: temp.url,
    clock,
    leaseClock: clock,
    account: A,
    config: config('一号'),
    linkState: () => stateOfA.now,
  })
  const b = await startChat({
    databaseUrl: temp.url,
    clock,
    leaseClock: clock,
    account: B,
    config: config('二号'),
  })
  await seedGroup(temp, owner)
  const both = async (from: Person, text: string) => {
    await Promise.all([a.say(from, text), b.say(from, text)])
  }
  pair = { temp, a, b, clock, stateOfA, both }
  return pair
}

async function seedGroup(temp: TempDatabase, owner: string | null): Promise<void> {
  const branch = await temp.db.branch.create({ data: { name: '驻外支部' } })
  await temp.db.group.create({
    data: { roomId: ROOM, topic: '支部群', branchId: branch.id, boundBy: 'seed', ownerAccountId: owner },
  })
  await temp.db.member.createMany({
    data: MEMBERS.map((m) => ({ branchId: branch.id, name: m.name, contactId: m.id })),
  })
  await temp.db.role.create({
    data: {
      branchId: branch.id,
      contactId: SECRETARY.id,
      contactName: SECRETARY.name,
      role: 'secretary',
      grantedBy: 'seed',
    },
  })
}

const present = (p: Pair) => p.temp.db.attendance.count({ where: { status: 'present' } })

describe.skipIf(!testProviders().includes('postgresql'))('two bot accounts in one group', () => {
  it('only the owner answers; the other account stays silent and counts the message as not-owner', async () => {
    const p = await twoAccounts()
    await p.both(SECRETARY, '帮助')
    expect(p.a.groupTexts()).toEqual([expect.stringContaining('可用命令')])
    expect(p.b.groupTexts()).toEqual([])
    expect(p.b.runtime.drops.peek()['not-owner']).toBe(1)
  })

  it('a group bound before accounts had owners is adopted by the first account that handles it', async () => {
    const p = await twoAccounts(null)
    await p.a.say(SECRETARY, '帮助')
    await p.b.say(SECRETARY, '帮助')
    expect((await p.temp.db.group.findFirstOrThrow()).ownerAccountId).toBe(A.id)
    expect(p.b.groupTexts()).toEqual([])
  })

  it('绑定支部 received by both accounts at once: one confirmation, one owner', async () => {
    const p = await twoAccounts()
    await p.both(SECRETARY, '绑定支部 新支部')
    await p.a.say(SECRETARY, '绑定支部 新支部', { room: 'room-new' })
    await Promise.all([
      p.a.say(SECRETARY, '绑定支部 另一个支部', { room: 'room-2' }),
      p.b.say(SECRETARY, '绑定支部 另一个支部', { room: 'room-2' }),
    ])
    const confirmations = [...p.a.groupTexts('room-2'), ...p.b.groupTexts('room-2')]
    expect(confirmations).toEqual([expect.stringContaining('已将本群绑定到「另一个支部」')])
    const owner = (await p.temp.db.group.findUniqueOrThrow({ where: { roomId: 'room-2' } })).ownerAccountId
    expect(owner).toBe(p.a.groupTexts('room-2').length ? A.id : B.id)
  })

  it('the owner goes down: the spare takes over, sign-ins before and during the outage count, nothing is sent twice', async () => {
    const p = await twoAccounts()
    await p.both(SECRETARY, '点名 30')
    await p.both(MEMBERS[0]!, '到')
    await p.both(MEMBERS[1]!, '到')
    // The owner logs out: it receives nothing more, and its lease says so.
    p.stateOfA.now = 'loggedOut'
    await p.a.runtime.accounts.signedOut()
    p.clock.advance(1_000)
    await p.b.say(MEMBERS[2]!, '到')
    await p.b.runtime.accounts.check()
    // One millisecond short of the limit since it logged out (1 s of which went by above): not yet.
    p.clock.advance(TAKEOVER_MS - 1_000 - 1)
    await p.a.tick() // its timers keep running while it is logged out: what it holds is written
    await p.b.runtime.accounts.check()
    await p.b.settle()
    expect((await p.temp.db.group.findFirstOrThrow()).ownerAccountId).toBe(A.id)
    expect(p.b.groupTexts()).toEqual([])
    p.clock.advance(1)
    await p.b.runtime.accounts.check()
    await p.b.settle()
    expect(p.b.groupTexts()).toEqual([expect.stringContaining('现由「二号」接替：已有的签到记录保留')])
    expect(p.b.privateTexts(SECRETARY.id)).toEqual([expect.stringContaining('已由「二号」接替')])
    expect((await p.temp.db.group.findFirstOrThrow()).ownerAccountId).toBe(B.id)
    p.clock.advance(1_000)
    await p.b.say(MEMBERS[3]!, '到')
    // The old owner's timer finds the group gone: it writes what it had and closes nothing.
    p.clock.advanceMinutes(31)
    await p.a.tick()
    await p.b.tick()
    const session = await p.temp.db.session.findFirstOrThrow()
    expect(session.summary).toContain('应到会党员6名，实到会党员4名')
    expect(await present(p)).toBe(4)
    const all = [...p.a.groupTexts(), ...p.b.groupTexts()]
    expect(all.filter((t) => t.includes('现在开始签到'))).toHaveLength(1)
    expect(all.filter((t) => t.includes('实到会党员'))).toHaveLength(1)
    expect(new Set(all).size).toBe(all.length)
    expect(p.a.groupTexts().some((t) => t.includes('实到会党员'))).toBe(false)

    // The old owner comes back: it acts nowhere it no longer owns.
    p.stateOfA.now = 'online'
    await p.b.runtime.accounts.check() // its lease renewed on time, as its timer does
    await p.a.runtime.accounts.check()
    const before = p.a.sent.length
    await p.both(SECRETARY, '帮助')
    expect(p.a.sent.length).toBe(before)
    expect(p.b.groupTexts().at(-1)).toContain('可用命令')
  })

  it('a fleet starting up: a group whose owner has not signed in yet is taken only after the limit', async () => {
    const temp = await tempDatabase({ provider: 'postgresql' })
    const leaseClock = new ManualClock('2026-11-28T12:00:00Z')
    const b = await startChat({
      databaseUrl: temp.url,
      leaseClock,
      account: B,
      config: { accounts: { label: '二号', leaseMs: 30_000, takeoverMs: TAKEOVER_MS, checkEveryMs: null } },
    })
    try {
      await seedGroup(temp, A.id)
      await b.runtime.accounts.check()
      leaseClock.advance(TAKEOVER_MS - 1)
      await b.runtime.accounts.check()
      expect((await temp.db.group.findFirstOrThrow()).ownerAccountId).toBe(A.id)
      expect(b.sent).toEqual([])
      leaseClock.advance(1)
      await b.runtime.accounts.check()
      await b.settle()
      expect((await temp.db.group.findFirstOrThrow()).ownerAccountId).toBe(B.id)
      expect(b.groupTexts()).toEqual([expect.stringContaining('现由「二号」接替')])
    } finally {
      await b.stop()
      await temp.cleanup()
    }
  })

  it('本群交给 moves the group by hand: the new account says so and serves it from then on', async () => {
    const p = await twoAccounts()
    await p.both(SECRETARY, '本群交给')
    expect(p.a.groupTexts().at(-1)).toContain('本群现由「一号」负责。可选：二号（在线）')
    await p.both(SECRETARY, '本群交给 三号')
    expect(p.a.groupTexts().at(-1)).toContain('没有叫「三号」的机器人账号')
    await p.both(SECRETARY, '本群交给 二号')
    await p.b.runtime.accounts.check()
    await p.b.settle()
    expect(p.b.groupTexts()).toEqual([expect.stringContaining('本群已交给「二号」')])
    expect((await p.temp.db.group.findFirstOrThrow()).ownerAccountId).toBe(B.id)
    p.clock.advance(1_000)
    await p.both(SECRETARY, '点名')
    const openings = [...p.a.groupTexts(), ...p.b.groupTexts()].filter((t) => t.includes('现在开始签到'))
    expect(openings).toHaveLength(1)
    expect(p.b.groupTexts().at(-1)).toContain('现在开始签到')
    expect(await p.temp.db.auditLog.count({ where: { command: '本群交给', result: 'ok' } })).toBe(1)
  })

  it('a schedule fires once, by the owner; a fire claimed by a process that died is reported missed, never run', async () => {
    const p = await twoAccounts()
    const group = await p.temp.db.group.findFirstOrThrow()
    const schedule = await p.temp.db.schedule.create({
      data: dailyRollCallAt20({
        branchId: group.branchId,
        roomId: ROOM,
        createdBy: SECRETARY.id,
        since: new Date('2026-11-27T00:00:00Z'),
      }),
    })
    // Yesterday's 20:00 was claimed by a process that died before it acted.
    await p.temp.db.scheduleFire.create({
      data: {
        scheduleId: schedule.id,
        fireAt: new Date('2026-11-27T12:00:00Z'),
        status: 'claimed',
        claimedBy: 'gone-host:4242:abcdef',
        claimedAt: new Date('2026-11-27T12:00:00Z'),
      },
    })
    p.clock.set('2026-11-28T12:00:00Z')
    const [fromA, fromB] = await Promise.all([
      p.a.runtime.scheduler.fireDue(p.clock.now()),
      p.b.runtime.scheduler.fireDue(p.clock.now()),
    ])
    expect([fromA.get(schedule.id), fromB.get(schedule.id)]).toEqual(['done', 'not-owner'])
    // Catching up (as taking the group on just did, and as the periodic sweep does) reports the dead claim once.
    await p.a.runtime.scheduler.catchUp(p.clock.now())
    expect(await p.b.runtime.scheduler.catchUp(p.clock.now())).toEqual({ ran: [], missed: [] })
    await p.a.settle()
    expect(p.a.groupTexts().filter((t) => t.includes('（执行中断）'))).toHaveLength(1)
    const fires = await p.temp.db.scheduleFire.findMany({ orderBy: { fireAt: 'asc' } })
    expect(fires.map((f) => f.status)).toEqual(['missed', 'done'])
    expect(await p.temp.db.session.count()).toBe(1)
    expect(p.b.sent).toEqual([])
  })

  it('each account paces and caps only its own messages', async () => {
    const p = await twoAccounts(A.id, 2)
    for (const i of [1, 2, 3])
      await p.a.runtime.outbound.sendToContact('m1', `一号的第${i}条`, { important: true })
    for (const i of [1, 2])
      await p.b.runtime.outbound.sendToContact('m1', `二号的第${i}条`, { important: true })
    await p.a.settle()
    await p.b.settle()
    expect(p.a.privateTexts('m1')).toEqual(['一号的第1条', '一号的第2条'])
    expect(p.b.privateTexts('m1')).toEqual(['二号的第1条', '二号的第2条'])
    expect(await p.a.runtime.outbound.pendingCount()).toBe(1)
    expect(await p.b.runtime.outbound.pendingCount()).toBe(0)
  })
})
