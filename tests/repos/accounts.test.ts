// Several bot accounts on one database, on both providers: the account lease (one process per account), group
// ownership moved only by compare-and-set, one open session per room, per-account outbound rows. "Another
// process" is a second Prisma client with its own connections.
import { expect, it } from 'vitest'
import {
  acquireLease,
  downSince,
  liveHolders,
  releaseLease,
  renewLease,
  type LeaseClaim,
} from '../../prisma/repos/accounts/leases.js'
import { adoptGroups, moveGroupOwner, ownedAmong } from '../../prisma/repos/accounts/owners.js'
import { closeSessionRow, createSessionWithSnapshot } from '../../prisma/repos/attendance/sessions.js'
import { bindGroup } from '../../prisma/repos/core/groups.js'
import {
  countSentSince,
  insertOutbound,
  moveQueuedRoomMessages,
} from '../../prisma/repos/outbound/messages.js'
import { isUniqueViolation } from '../../prisma/repos/unique-violation.js'
import type { Db } from '../../prisma/client.js'
import { describeOnEachProvider, uniqueName } from './providers.js'

const t0 = new Date('2026-11-28T12:00:00.000Z')
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000)

function claim(accountId: string, holder: string, now: Date, leaseSeconds = 30): LeaseClaim {
  return {
    accountId,
    holder,
    name: '支部助手',
    label: '一号',
    state: 'online',
    now,
    until: new Date(now.getTime() + leaseSeconds * 1000),
  }
}

async function boundGroup(db: Db, owner: string | null) {
  const branch = await db.branch.create({ data: { name: uniqueName('多账号支部') } })
  const roomId = uniqueName('room')
  await db.group.create({
    data: { roomId, topic: '群', branchId: branch.id, boundBy: 'sec', ownerAccountId: owner },
  })
  return { branch, roomId }
}

const settle = <T>(p: Promise<T>): Promise<PromiseSettledResult<T>> =>
  p.then(
    (value) => ({ status: 'fulfilled', value }),
    (reason: unknown) => ({ status: 'rejected', reason }),
  )

describeOnEachProvider('account repositories', (t) => {
  it('gives an account to one process; the other gets it when the lease runs out, or at once when released', async () => {
    const account = uniqueName('wxid_')
    const first = await acquireLease(t.db(), claim(account, 'A', at(0)))
    expect(first).toMatchObject({ holder: 'A', epoch: 1 })
    expect(await acquireLease(t.otherProcess(), claim(account, 'B', at(10)))).toBeNull()
    // A renews at 20 s (until 50 s): B is still refused at 40 s, and takes it at 51 s when A stopped renewing.
    expect(
      await renewLease(t.db(), {
        accountId: account,
        holder: 'A',
        epoch: 1,
        state: 'online',
        now: at(20),
        until: at(50),
      }),
    ).toBe(true)
    expect(await acquireLease(t.otherProcess(), claim(account, 'B', at(40)))).toBeNull()
    const second = await acquireLease(t.otherProcess(), claim(account, 'B', at(51)))
    expect(second).toMatchObject({ holder: 'B', epoch: 2 })
    // A comes back: its renewal fails (the lease is B's now), so it knows to stop.
    expect(
      await renewLease(t.db(), {
        accountId: account,
        holder: 'A',
        epoch: 1,
        state: 'online',
        now: at(52),
        until: at(82),
      }),
    ).toBe(false)
    await releaseLease(t.otherProcess(), { accountId: account, holder: 'B', epoch: 2, now: at(60) })
    expect(await acquireLease(t.db(), claim(account, 'A', at(61)))).toMatchObject({ holder: 'A', epoch: 3 })
    expect(await liveHolders(t.db(), at(62))).toContain('A')
    expect(await liveHolders(t.db(), at(62))).not.toContain('B')
  })

  it('gives each of many accounts to exactly one of two processes claiming them all at once', async () => {
    const accounts = Array.from({ length: 12 }, () => uniqueName('wxid_race_'))
    const claimAll = (db: Db, holder: string, order: string[]) =>
      Promise.all(order.map(async (a) => ((await acquireLease(db, claim(a, holder, at(0)))) ? a : null)))
    const [a, b] = await Promise.all([
      claimAll(t.db(), 'A', accounts),
      claimAll(t.otherProcess(), 'B', [...accounts].reverse()),
    ])
    const won = [...a, ...b].filter((x) => x !== null)
    expect(won.sort()).toEqual([...accounts].sort())
  })

  it('records when the account went down: a state change moves stateSince, a renewal in the same state does not', async () => {
    const account = uniqueName('wxid_')
    const lease = await acquireLease(t.db(), claim(account, 'A', at(0)))
    const renew = (state: 'online' | 'loggedOut', s: number) =>
      renewLease(t.db(), {
        accountId: account,
        holder: 'A',
        epoch: lease!.epoch,
        state,
        now: at(s),
        until: at(s + 30),
      })
    await renew('online', 10)
    await renew('loggedOut', 20)
    await renew('loggedOut', 30)
    const row = await t.db().accountLease.findUniqueOrThrow({ where: { accountId: account } })
    expect(row.stateSince).toEqual(at(20))
    expect(downSince(row, at(35))).toEqual(at(20))
    await renew('online', 40)
    const back = await t.db().accountLease.findUniqueOrThrow({ where: { accountId: account } })
    expect(downSince(back, at(45))).toBeNull()
    // Online, but the process stopped renewing: down since its lease ran out.
    expect(downSince(back, at(100))).toEqual(at(70))
  })

  it('moves a group only from the owner seen: of two accounts taking it over at once, one wins', async () => {
    for (let round = 0; round < 5; round++) {
      const { roomId } = await boundGroup(t.db(), 'old')
      const now = at(round)
      const [a, b] = await Promise.all([
        moveGroupOwner(t.db(), { roomId, from: 'old', to: 'spare-a', now }),
        moveGroupOwner(t.otherProcess(), { roomId, from: 'old', to: 'spare-b', now }),
      ])
      expect([a, b].filter(Boolean)).toHaveLength(1)
      const owner = await t.db().group.findUniqueOrThrow({ where: { roomId } })
      expect(owner.ownerAccountId).toBe(a ? 'spare-a' : 'spare-b')
      expect(owner.ownerSince).toEqual(now)
    }
  })

  it('adopts only groups nobody owns, and tells which of a list an account owns', async () => {
    const legacy = await boundGroup(t.db(), null)
    const taken = await boundGroup(t.db(), 'other')
    expect(await adoptGroups(t.otherProcess(), 'me', [legacy.roomId, taken.roomId])).toBe(1)
    expect(await adoptGroups(t.db(), 'late', [legacy.roomId])).toBe(0)
    expect(await ownedAmong(t.db(), 'me', [legacy.roomId, taken.roomId, 'nowhere'])).toEqual(
      new Map([[legacy.roomId, null]]),
    )
  })

  it('two accounts binding one group at the same moment agree on one owner', async () => {
    const roomId = uniqueName('room')
    const branchName = uniqueName('同时绑定支部')
    const [a, b] = await Promise.all([
      bindGroup(t.db(), { roomId, topic: '群', branchName, boundBy: 'sec', accountId: 'acc-a' }),
      bindGroup(t.otherProcess(), {
        roomId,
        topic: '群',
        branchName,
        boundBy: 'sec',
        accountId: 'acc-b',
      }),
    ])
    expect(a.ownerAccountId).toBe(b.ownerAccountId)
    expect(['acc-a', 'acc-b']).toContain(a.ownerAccountId)
  })

  it('keeps one open session per room across processes, and closes it once', async () => {
    const { branch, roomId } = await boundGroup(t.db(), 'me')
    const session = (db: Db) =>
      createSessionWithSnapshot(
        db,
        {
          branchId: branch.id,
          roomId,
          kind: 'rollcall',
          topic: '点名',
          openedBy: 'schedule:1',
          openedAt: at(0),
          lateAfter: at(600),
          closesAt: at(600),
          scheduleId: null,
        },
        [],
        [],
      )
    // Two clients in this one process: on SQLite (synchronous driver, one writer) the second would block the
    // event loop waiting for the first's lock, so there they take turns; PostgreSQL runs them at once.
    const results =
      t.provider === 'postgresql'
        ? await Promise.allSettled([session(t.db()), session(t.otherProcess())])
        : [await settle(session(t.db())), await settle(session(t.otherProcess()))]
    const opened = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []))
    expect(opened).toHaveLength(1)
    const refused = results.find((r) => r.status === 'rejected')
    expect(refused?.status === 'rejected' && isUniqueViolation(refused.reason)).toBe(true)
    const id = opened[0]!.id
    const close = (db: Db, s: number) => closeSessionRow(db, id, at(s), '小结')
    const closes =
      t.provider === 'postgresql'
        ? await Promise.all([close(t.db(), 600), close(t.otherProcess(), 601)])
        : [await close(t.db(), 600), await close(t.otherProcess(), 601)]
    expect(closes.filter(Boolean)).toHaveLength(1)
    expect(await t.db().session.count({ where: { roomId, closedAt: null } })).toBe(0)
    await expect(session(t.db())).resolves.toMatchObject({ roomId })
  })

  it('counts each account’s sent messages apart, and moves only a group’s queued rows to its new owner', async () => {
    const roomId = uniqueName('room')
    const row = (accountId: string, conversationId: string, isRoom: boolean) => ({
      accountId,
      conversationId,
      isRoom,
      text: '通知',
      important: false,
      createdAt: at(0),
    })
    await insertOutbound(t.db(), [
      row('old', roomId, true),
      row('old', roomId, true),
      row('old', 'member-1', false),
      row('old', 'other-room', true),
    ])
    const old = uniqueName('sent-old')
    const other = uniqueName('sent-other')
    await insertOutbound(t.db(), [row(old, roomId, true), row(other, roomId, true), row(other, roomId, true)])
    await t.db().outboundMessage.updateMany({
      where: { accountId: { in: [old, other] } },
      data: { status: 'sent', sentAt: at(1) },
    })
    expect(await countSentSince(t.db(), old, at(0))).toBe(1)
    expect(await countSentSince(t.db(), other, at(0))).toBe(2)
    expect(await moveQueuedRoomMessages(t.otherProcess(), { roomId, from: 'old', to: 'spare' })).toBe(2)
    const spare = await t.db().outboundMessage.findMany({ where: { accountId: 'spare' } })
    expect(spare.map((r) => r.conversationId)).toEqual([roomId, roomId])
  })
})
