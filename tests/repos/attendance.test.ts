// Sessions, marks, leaves and make-ups on both databases.
import { expect, it } from 'vitest'
import { allBranches } from '../../prisma/repos/attendance/branches.js'
import {
  addCorrection,
  findCorrection,
  markCorrectionUndone,
} from '../../prisma/repos/attendance/corrections.js'
import { owedMakeups, recordMakeup } from '../../prisma/repos/attendance/makeups.js'
import { marksOfMember, setMark, writeBatch } from '../../prisma/repos/attendance/marks.js'
import { addPendingLeave, unusedLeavesOfBranch } from '../../prisma/repos/attendance/members.js'
import {
  closeSessionRow,
  createSessionWithSnapshot,
  findLatestSession,
  findOpenSessionInRoom,
  type NewSession,
  type SnapshotRow,
} from '../../prisma/repos/attendance/sessions.js'
import type { Db } from '../../prisma/client.js'
import { describeOnEachProvider, uniqueName } from './providers.js'

const minutes = (n: number) => new Date(Date.UTC(2026, 2, 4, 12, n))

async function branchWithMembers(db: Db, names: string[], makeupIncludesLeave = false) {
  const branch = await db.branch.create({ data: { name: uniqueName('出勤支部'), makeupIncludesLeave } })
  const members = []
  for (const name of names) members.push(await db.member.create({ data: { branchId: branch.id, name } }))
  return { branch, members, roomId: uniqueName('room') }
}

function session(branchId: number, roomId: string, openedAt: Date, topic = '党课'): NewSession {
  return {
    branchId,
    roomId,
    kind: 'class',
    topic,
    openedBy: 'sec',
    openedAt,
    lateAfter: new Date(openedAt.getTime() + 5 * 60_000),
    closesAt: new Date(openedAt.getTime() + 30 * 60_000),
    scheduleId: null,
  }
}

describeOnEachProvider('attendance repositories', (t) => {
  it('opens a session with every expected member, applying and using pending leaves', async () => {
    const { branch, members, roomId } = await branchWithMembers(t.db(), ['甲', '乙', '丙'])
    const leave = await addPendingLeave(t.db(), members[1]!.id, '上夜班', minutes(0))
    expect((await unusedLeavesOfBranch(t.db(), branch.id)).map((l) => l.id)).toEqual([leave.id])
    const rows: SnapshotRow[] = members.map((m) => ({
      memberId: m.id,
      status: 'expected',
      reason: null,
      via: null,
    }))
    rows[1] = { memberId: members[1]!.id, status: 'leave', reason: '上夜班', via: 'leave' }
    const s = await createSessionWithSnapshot(t.db(), session(branch.id, roomId, minutes(10)), rows, [
      leave.id,
    ])
    const marks = await t
      .db()
      .attendance.findMany({ where: { sessionId: s.id }, orderBy: { memberId: 'asc' } })
    expect(marks.map((m) => [m.status, m.reason])).toEqual([
      ['expected', null],
      ['leave', '上夜班'],
      ['expected', null],
    ])
    expect(await unusedLeavesOfBranch(t.db(), branch.id)).toEqual([])
    expect((await findOpenSessionInRoom(t.db(), roomId))?.id).toBe(s.id)
  })

  it('writes a batch of sign-ins and guests, then closing marks the rest absent', async () => {
    const { branch, members, roomId } = await branchWithMembers(t.db(), ['甲', '乙', '丙', '丁'])
    const rows: SnapshotRow[] = members.map((m) => ({
      memberId: m.id,
      status: 'expected',
      reason: null,
      via: null,
    }))
    const s = await createSessionWithSnapshot(t.db(), session(branch.id, roomId, minutes(0)), rows, [])
    const signin = {
      status: 'present' as const,
      at: minutes(1),
      via: 'signin',
      reason: null,
      correctedBy: null,
    }
    await writeBatch(
      t.db(),
      s.id,
      [{ memberIds: [members[0]!.id, members[1]!.id], data: signin }],
      [{ key: 'name:外支部老李', name: '外支部老李', at: minutes(2) }],
    )
    await setMark(t.db(), s.id, {
      memberId: members[2]!.id,
      status: 'late',
      at: minutes(9),
      via: 'signin',
      reason: null,
      correctedBy: null,
    })
    await closeSessionRow(t.db(), s.id, minutes(30), '应到4名，实到3名')
    const marks = await t
      .db()
      .attendance.findMany({ where: { sessionId: s.id }, orderBy: { memberId: 'asc' } })
    expect(marks.map((m) => m.status)).toEqual(['present', 'present', 'late', 'absent'])
    expect(await t.db().guest.count({ where: { sessionId: s.id } })).toBe(1)
    expect(await findOpenSessionInRoom(t.db(), roomId)).toBeNull()
    expect((await findLatestSession(t.db(), branch.id))?.summary).toBe('应到4名，实到3名')
    expect((await marksOfMember(t.db(), members[3]!.id, minutes(0))).map((m) => m.status)).toEqual(['absent'])
  })

  it('lists who owes a make-up in class order, counting leave only when the branch says so', async () => {
    for (const includesLeave of [false, true]) {
      const { branch, members, roomId } = await branchWithMembers(t.db(), ['甲', '乙'], includesLeave)
      for (const [i, topic] of ['第二课', '第一课'].entries()) {
        const rows: SnapshotRow[] = [
          { memberId: members[0]!.id, status: 'expected', reason: null, via: null },
          { memberId: members[1]!.id, status: 'leave', reason: '出差', via: 'leave' },
        ]
        const s = await createSessionWithSnapshot(
          t.db(),
          session(branch.id, roomId, minutes(60 - i * 30), topic),
          rows,
          [],
        )
        await closeSessionRow(t.db(), s.id, minutes(61 - i * 30), '')
      }
      const owed = await owedMakeups(t.db(), branch.id)
      const expected = includesLeave
        ? [
            ['第一课', '甲'],
            ['第一课', '乙'],
            ['第二课', '甲'],
            ['第二课', '乙'],
          ]
        : [
            ['第一课', '甲'],
            ['第二课', '甲'],
          ]
      expect(owed.map((o) => [o.topic, o.memberName])).toEqual(expected)
      await recordMakeup(t.db(), {
        memberId: members[0]!.id,
        sessionId: owed[0]!.sessionId,
        method: '线上',
        course: '第一课',
        recordedBy: 'sec',
        at: minutes(90),
      })
      expect(await owedMakeups(t.db(), branch.id, members[0]!.id)).toHaveLength(1)
    }
  })

  it('keeps corrections so one can be undone by its number', async () => {
    const { branch, members } = await branchWithMembers(t.db(), ['甲'])
    const c = await addCorrection(t.db(), {
      branchId: branch.id,
      sessionId: null,
      memberId: members[0]!.id,
      action: '免签',
      before: '{"exempt":false}',
      by: 'sec',
      at: minutes(0),
    })
    await markCorrectionUndone(t.db(), c.id, 'sec2', minutes(5))
    expect(await findCorrection(t.db(), branch.id, c.id)).toMatchObject({
      undoneBy: 'sec2',
      undoneAt: minutes(5),
    })
    expect(await findCorrection(t.db(), branch.id + 1000, c.id)).toBeNull()
  })

  it('lists branches by name in the same order on both databases, whatever the server collation', async () => {
    const tag = uniqueName('排序')
    for (const suffix of ['乙', 'B', '甲', 'A'])
      await t.db().branch.create({ data: { name: `${tag}${suffix}` } })
    const names = (await allBranches(t.db())).map((b) => b.name).filter((n) => n.startsWith(tag))
    expect(names).toEqual(['A', 'B', '乙', '甲'].map((s) => `${tag}${s}`))
  })
})
