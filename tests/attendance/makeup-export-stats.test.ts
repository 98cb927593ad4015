import ExcelJS from 'exceljs'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ADMIN, harness, twoClasses, type Harness } from './harness.js'

let h: Harness
beforeEach(async () => {
  h = await harness(
    [
      { name: '张三', contactId: 'c-zs' },
      { name: '李四', contactId: 'c-ls' },
      { name: '王五', contactId: 'c-ww' },
    ],
    { makeupIncludesLeave: true },
  )
})
afterEach(() => h.cleanup())

describe('make-up', () => {
  it('lists who owes what, and the list shrinks as make-ups are recorded', async () => {
    await twoClasses(h)
    const list = (await h.command('缺课名单')).out.sent[0]!.text
    expect(list).toContain('需补课2人、3次')
    expect(list).toContain('王五：《党章学习》11-27、《二十大精神》11-28')
    expect(list).toContain('李四：《党章学习》11-27')
    expect(await h.feature.owedMakeups(h.db, h.branch.id)).toHaveLength(3)

    const done = await h.command('补课', '@王五 二十大 送学上门', {
      msg: { mentions: [{ id: 'c-ww', name: '王五' }] },
    })
    expect(done.out.sent[0]!.text).toBe('已登记王五补课《二十大精神》（送学上门）。还需补1次。')
    await h.command('补课', '李四')
    const after = (await h.command('缺课名单')).out.sent[0]!.text
    expect(after).toBe('需补课1人、1次：\n王五：《党章学习》11-27')
    const makeups = await h.db.makeup.findMany({ orderBy: { id: 'asc' } })
    expect(makeups.map((m) => m.method)).toEqual(['送学上门', '线上'])
    expect((await h.command('补课', '张三')).out.sent[0]!.text).toBe('张三没有需要补的课。')
  })

  it('gives the scheduler one weekly reminder @-mentioning everyone who owes', async () => {
    await twoClasses(h)
    const { makeupReminder } = await import('../../handlers/attendance/index.js')
    const reminder = makeupReminder(await h.feature.owedMakeups(h.db, h.branch.id))
    expect(reminder).toEqual({
      text: '本周补课提醒：2名党员还有3次课未补，请联系支部安排（线上、送学上门或集中培训）。',
      mentionIds: ['c-ls', 'c-ww'],
    })
    expect(makeupReminder([])).toBeNull()
  })

  it('roll calls and meetings create no make-up debt', async () => {
    await h.command('点名', '5')
    await h.command('结束')
    expect((await h.command('缺课名单')).out.sent[0]!.text).toBe('目前没有需要补课的党员。')
  })
})

describe('statistics and export', () => {
  it('我的出勤 answers privately', async () => {
    await twoClasses(h)
    const ctx = await h.command('我的出勤', '', { talkerId: 'c-ls' })
    expect(ctx.out.sent).toHaveLength(1)
    expect(ctx.out.sent[0]!.to).toEqual({ contactId: 'c-ls' })
    expect(ctx.out.sent[0]!.text).toContain(
      '李四今年应参加2次活动：按时1次，迟到0次，请假1次，缺席0次，出勤率50%',
    )
    expect(ctx.out.sent[0]!.text).toContain('待补课：《党章学习》')
  })

  it('统计 gives per-session rates to the group and per-member detail privately', async () => {
    await twoClasses(h)
    const ctx = await h.command('统计', '本月')
    const [group, detail] = ctx.out.sent
    expect(group!.to).toEqual({ roomId: 'room-1' })
    expect(group!.text).toContain('本月共2次活动，总出勤率50%')
    expect(group!.text).toContain('11-27 流动课堂《党章学习》应到3 实到1 请假1 缺席1 出勤率33%')
    expect(group!.text).not.toContain('王五')
    expect(detail!.to).toEqual({ contactId: ADMIN })
    expect(detail!.text).toContain('王五：应到2 实到0（迟到0） 请假0 缺席2')
    expect((await h.command('统计', '去年')).out.sent[0]!.text).toContain('请写：统计 本月')
  })

  it('导出 sends an xlsx whose attendance matrix exceljs reads back', async () => {
    await twoClasses(h)
    await h.command('补课', '王五 党章')
    const ctx = await h.command('导出')
    const file = ctx.out.sent.find((s) => s.file)!.file!
    expect(ctx.out.sent.find((s) => s.file)!.to).toEqual({ contactId: ADMIN })
    expect(path.dirname(file.path)).toBe(path.join(ctx.config.dataDir, 'exports'))
    expect(existsSync(file.path)).toBe(true)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(file.path)
    const matrix = wb.getWorksheet('出勤')!
    const rows = matrix
      .getSheetValues()
      .slice(1)
      .map((r) => (r as unknown[]).slice(1))
    expect(rows).toEqual([
      ['姓名', '2026-11-27 党章学习', '2026-11-28 二十大精神'],
      ['张三', '到', '到'],
      ['李四', '请假', '到'],
      ['王五', '缺席（已补课）', '缺席'],
    ])
    const sessions = wb.getWorksheet('活动')!
    expect(sessions.getRow(2).values).toEqual(expect.arrayContaining(['党章学习', 3, 1, 0, 1, 1, '33%']))
    expect(wb.getWorksheet('名册')!.rowCount).toBe(4)
  })
})
