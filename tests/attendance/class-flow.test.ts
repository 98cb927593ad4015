import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ADMIN, harness, type Harness } from './harness.js'

const ROSTER = [
  { name: '张三', contactId: 'c-zs' },
  { name: '李四', contactId: 'c-ls' },
  { name: '王五', contactId: 'c-ww' },
  { name: '赵六', contactId: 'c-zl' },
  { name: '孙七' },
  { name: '张十一', contactId: 'c-zsy' },
  { name: '吴九', contactId: 'c-wj' },
  { name: '郑十', contactId: 'c-zhs' },
  { name: '陈二', contactId: 'c-ce' },
  { name: '马一' },
  { name: '周八', contactId: 'c-zb' },
]

let h: Harness
beforeEach(async () => {
  h = await harness(ROSTER)
  await h.db.member.updateMany({ where: { name: '周八' }, data: { exempt: true, exemptReason: '年老体弱' } })
})
afterEach(() => h.cleanup())

describe('a full 流动课堂', () => {
  it('gives a summary whose numbers match what happened, in at most three group messages', async () => {
    await h.command('请假', '在工地加班', { talkerId: 'c-wj', msg: { roomId: null } })
    await h.command('开课', '学习二十大精神 60')
    expect(h.groupMessages()[0]?.text).toContain('应到10名')

    await h.say('c-zs', '张三', '签到')
    await h.say('c-zs', '张三', '到')
    await h.say('c-ls', '李四', '1')
    await h.say(
      'c-ww',
      '王五',
      '#接龙 流动课堂\n1. 张三\n2. 王五 已学习\n3. 孙七🌹\n4. 张十\n5、刘备\n6. ？？',
    )
    await h.say('c-guest', '老刘', '签到')
    await h.command('请假', '家里有事', { talkerId: 'c-zl' })
    h.clock.advanceMinutes(20)
    await h.say('c-zsy', '张十一', '到')
    await h.say('c-zs2', '张三', '已到')
    await h.say(
      'c-ww',
      '王五',
      '#接龙 流动课堂\n1. 张三\n2. 王五 已学习\n3. 孙七🌹\n4. 张十\n5、刘备\n6. 张十一',
    )
    await h.command('补签', '@郑十', { msg: { mentions: [{ id: 'c-zhs', name: '郑十' }] } })
    const before = h.groupMessages().length
    await h.command('结束')

    const group = h.groupMessages()
    const [summary, absent] = group.slice(before)
    expect(summary?.text).toBe(
      '本次流动课堂《学习二十大精神》应到会党员10名，实到会党员6名（其中迟到1名），因病因事请假2名，缺席2名，出勤率60%。' +
        '参加活动的还有张十、刘备、老刘3名党员。',
    )
    expect(absent?.mentionIds).toEqual(['c-ce'])
    expect(absent?.text).toContain('本次缺席2名党员')
    expect(absent?.text).toContain('未报到：马一')
    // opening + summary + one @ of the absent; the only other group message answers the 补签 command
    const commandReplies = group.filter((m) => m.text.startsWith('已为郑十补签'))
    expect(group.length - commandReplies.length).toBe(3)
    expect(group.some((m) => m.text.includes('家里有事') || m.text.includes('加班'))).toBe(false)

    const detail = h
      .privateTo(ADMIN)
      .map((m) => m.text)
      .join('\n')
    expect(detail).toContain('赵六（家里有事）')
    expect(detail).toContain('吴九（在工地加班）')
    expect(detail).toContain('张十')

    const rows = await h.db.attendance.findMany({ include: { member: true }, orderBy: { memberId: 'asc' } })
    const status = Object.fromEntries(rows.map((r) => [r.member.name, r.status]))
    expect(status).toEqual({
      张三: 'present',
      李四: 'present',
      王五: 'present',
      赵六: 'leave',
      孙七: 'present',
      张十一: 'late',
      吴九: 'leave',
      郑十: 'present',
      陈二: 'absent',
      马一: 'absent',
    })
    const session = await h.db.session.findFirstOrThrow()
    expect(session.closedAt).not.toBeNull()
    expect(session.summary).toBe(summary?.text)
  })

  it('undoes a correction by its number, and audits both', async () => {
    await h.command('开课', '党史学习')
    const fix = await h.command('补签', '陈二')
    const reply = fix.out.sent[0]!.text
    const id = /撤销 (\d+)/u.exec(reply)![1]!
    const undo = await h.command('撤销', id)
    expect(undo.out.sent[0]!.text).toContain(`已撤销更正#${id}`)
    expect(fix.audits[0]).toMatch(/^补签:ok/u)
    expect(undo.audits[0]).toMatch(/^撤销:ok/u)
    expect((await h.command('撤销', id)).out.sent[0]!.text).toContain('已经撤销过')
    await h.command('结束')
    const row = await h.db.attendance.findFirstOrThrow({ where: { member: { name: '陈二' } } })
    expect(row.status).toBe('absent')
  })

  it('applies 免签 to the open session and 取消免签 restores it', async () => {
    await h.command('开课', '党史学习')
    const exempt = await h.command('免签', '@陈二 长期住院', {
      msg: { mentions: [{ id: 'c-ce', name: '陈二' }] },
    })
    expect(exempt.out.sent[0]!.text).toContain('已将陈二设为免签')
    await h.command('结束')
    expect(h.groupMessages().at(-2)?.text).toContain('应到会党员9名')
    await h.command('取消免签', '陈二')
    await h.command('开课', '第二课')
    expect(h.groupMessages().at(-1)?.text).toContain('应到10名')
  })
})
