import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { harness, ROOM, type Harness } from './harness.js'

let h: Harness
beforeEach(async () => {
  h = await harness([
    { name: '张三', contactId: 'c-zs' },
    { name: '李四', contactId: 'c-ls' },
    { name: '王五', contactId: 'c-ww' },
    { name: '孙七' },
  ])
})
afterEach(() => h.cleanup())

describe('sessions on the clock', () => {
  it('a roll call nudges the silent once at half-time and closes itself, in three group messages', async () => {
    await h.command('点名', '10 周三联络点名')
    await h.say('c-zs', '张三', '到')
    h.clock.advanceMinutes(4)
    await h.tick()
    expect(h.groupMessages()).toHaveLength(1)

    h.clock.advanceMinutes(1)
    await h.tick()
    const nudge = h.groupMessages()[1]!
    expect(nudge.mentionIds).toEqual(['c-ls', 'c-ww'])
    expect(nudge.text).toContain('还剩5分钟')
    await h.tick()
    expect(h.groupMessages()).toHaveLength(2)

    await h.say('c-ls', '李四', '已到')
    h.clock.advanceMinutes(5)
    await h.tick()
    const group = h.groupMessages()
    expect(group).toHaveLength(3)
    expect(group[2]!.text).toContain(
      '本次点名《周三联络点名》应到会党员4名，实到会党员2名，因病因事请假0名，缺席2名',
    )
    expect(group[2]!.mentionIds).toEqual(['c-ww'])
    expect(h.feature.hasOpenSession(ROOM)).toBe(false)
    expect(await h.say('c-ww', '王五', '到')).toBe(false)

    const session = await h.db.session.findFirstOrThrow()
    expect(session.nudgedAt).not.toBeNull()
    expect(session.closedAt?.toISOString()).toBe(h.clock.now().toISOString())
  })

  it('a class closes by itself when its time is up; sign-ins after the window are late', async () => {
    await h.command('开课', '政策学习 30')
    h.clock.advanceMinutes(14)
    await h.say('c-zs', '张三', '签到')
    h.clock.advanceMinutes(2)
    await h.say('c-ls', '李四', '签到')
    h.clock.advanceMinutes(14)
    await h.tick()
    const summary = h.groupMessages()[1]!.text
    expect(summary).toContain('实到会党员2名（其中迟到1名）')
    expect(summary).toContain('出勤率50%')
    expect(h.groupMessages()).toHaveLength(3)
  })

  it('a meeting computes the quorum', async () => {
    await h.command('开会', '支部换届选举')
    await h.say('c-zs', '张三', '到')
    await h.say('c-ls', '李四', '到')
    await h.command('结束')
    expect(h.groupMessages()[1]!.text).toContain('缺席2名，未达到规定人数。')
    await h.command('开会', '补选委员')
    for (const [id, name] of [
      ['c-zs', '张三'],
      ['c-ls', '李四'],
      ['c-ww', '王五'],
    ])
      await h.say(id!, name!, '到')
    await h.command('结束')
    expect(h.groupMessages().at(-2)!.text).toContain(
      '实到会党员3名，因病因事请假0名，缺席1名，符合规定人数。',
    )
  })

  it('survives a restart mid-session without losing flushed sign-ins or double counting', async () => {
    await h.command('开课', '党章学习')
    await h.say('c-zs', '张三', '签到')
    await h.say('c-guest', '老刘', '签到')
    await h.tick()
    const { createAttendance } = await import('../../handlers/attendance/index.js')
    const restarted = createAttendance({ flushAfterMs: null, batchSize: 200 })
    expect(await restarted.loadOpenSessions(h.db)).toBe(1)
    const s = restarted.live.byRoom.get(ROOM)!
    expect(s.marks.get((await h.db.member.findFirstOrThrow({ where: { name: '张三' } })).id)?.status).toBe(
      'present',
    )
    expect(s.guests.has('c-guest')).toBe(true)
    const result = await restarted.closeSession(h.deps(), { roomId: ROOM, closedBy: 'test' })
    expect(result.ok && result.tally).toMatchObject({ expected: 4, present: 1, absent: 3, guests: ['老刘'] })
  })

  it('a 结束 and the timer at the same moment close the session once; two 开课 at once open one', async () => {
    await Promise.all([h.command('开课', '甲 30'), h.command('开课', '乙 30')])
    expect(await h.db.session.count()).toBe(1)
    h.clock.advanceMinutes(30)
    await Promise.all([h.command('结束'), h.tick()])
    const summaries = h.groupMessages().filter((m) => m.text.includes('应到会党员'))
    expect(summaries).toHaveLength(1)
  })

  it('the scheduler opens a roll call with its own prompt; the detail goes to the branch admins', async () => {
    await h.db.role.create({
      data: {
        branchId: h.branch.id,
        contactId: 'c-secretary',
        contactName: '书记',
        role: 'secretary',
        grantedBy: 'x',
      },
    })
    const deps = h.deps()
    const opened = await h.feature.openSession(deps, {
      branchId: h.branch.id,
      roomId: ROOM,
      kind: 'rollcall',
      topic: '每周联络',
      minutes: 10,
      openedBy: 'schedule:7',
      scheduleId: null,
      prompt: '每周联络点名：请回复“到”。',
    })
    expect(opened.ok).toBe(true)
    const again = await h.feature.openSession(deps, {
      branchId: h.branch.id,
      roomId: ROOM,
      kind: 'rollcall',
      openedBy: 'schedule:7',
    })
    expect(again).toMatchObject({ ok: false, reason: 'already-open' })
    await h.say('c-zs', '张三', '到')
    await h.say('c-zs', '张三', '1. 李四\n2. 王五')
    h.clock.advanceMinutes(10)
    await h.tick()
    expect(h.groupMessages()[0]!.text).toBe('每周联络点名：请回复“到”。')
    const detail = h.privateTo('c-secretary')
    expect(detail).toHaveLength(1)
    expect(detail[0]!.text).toContain('经接龙签到（非本人微信）：李四、王五')
  })
})
