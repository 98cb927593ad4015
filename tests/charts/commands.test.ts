// 统计, 图表 and 统计 全部 on a real database, with the real renderers watched (what each picture drew).
import ExcelJS from 'exceljs'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { defaultRenderers, type ChartRenderers } from '../../handlers/attendance/chart-commands.js'
import type { ChartImage } from '../../handlers/charts/index.js'
import { MARK_COLOR } from '../../handlers/charts/panels.js'
import { ADMIN, harness, ROOM, twoClasses, type Harness } from '../attendance/harness.js'
import { countColour, decodePng, inkShare, pngSize } from './pixels.js'

const ROSTER = [
  { name: '张三', contactId: 'c-zs' },
  { name: '李四', contactId: 'c-ls' },
  { name: '王五', contactId: 'c-ww' },
]
const NAMES = ROSTER.map((p) => p.name)
const BRANCH = '叙州区驻外流动党员党委驻深圳支部'

interface Drawn {
  kind: keyof ChartRenderers
  image: ChartImage
}

/** The real renderers, remembering each picture; `failing` ones throw as a broken renderer would. */
function watchedCharts(drawn: Drawn[], failing: Array<keyof ChartRenderers>): ChartRenderers {
  const watch =
    <T>(kind: keyof ChartRenderers, render: (data: T) => Promise<ChartImage>) =>
    async (data: T) => {
      if (failing.includes(kind)) throw new Error('renderer unavailable')
      const image = await render(data)
      drawn.push({ kind, image })
      return image
    }
  return {
    group: watch('group', defaultRenderers.group),
    member: watch('member', defaultRenderers.member),
    branches: watch('branches', defaultRenderers.branches),
  }
}

// One database for the file (each harness migrates a new one): two classes, then commands that only read.
let h: Harness
const drawn: Drawn[] = []
const failing: Array<keyof ChartRenderers> = []
beforeAll(async () => {
  h = await harness(ROSTER, { name: BRANCH, charts: watchedCharts(drawn, failing) })
  await twoClasses(h)
  await h.command('补课', '王五 党章')
})
afterAll(() => h.cleanup())
beforeEach(() => {
  drawn.length = 0
  failing.length = 0
})

describe('统计 sends the asker a private picture', () => {
  it('after the group text and the private detail, with every member in its grid', async () => {
    const ctx = await h.command('统计', '本月')
    expect(ctx.out.sent.map((s) => [s.to, s.image ? 'image' : 'text'])).toEqual([
      [{ roomId: ROOM }, 'text'],
      [{ contactId: ADMIN }, 'text'],
      [{ contactId: ADMIN }, 'image'],
    ])
    const image = ctx.out.sent[2]!.image!
    expect(image.name).toBe('出勤统计-2026年11月.png')
    expect(path.dirname(image.path)).toBe(path.join(h.dir, 'charts'))
    const png = readFileSync(image.path)
    const drawnImage = drawn[0]!.image
    expect(pngSize(png)).toEqual({ width: drawnImage.width, height: drawnImage.height })
    const pixels = await decodePng(png)
    expect(inkShare(pixels)).toBeGreaterThan(0.02)
    // 王五's two cells: absent and made up (20×18 px each, beside a 12×12 legend swatch).
    expect(countColour(pixels, MARK_COLOR.absent)).toBeGreaterThan(300)
    expect(countColour(pixels, MARK_COLOR.madeUp)).toBeGreaterThan(300)
    expect(drawnImage.texts).toEqual(expect.arrayContaining([...NAMES, '11-27', '11-28']))
    expect(drawnImage.texts.join('\n')).toContain('应补课2人次，已补1人次，待补1人次')
  })

  it('keeps its text answers when the picture cannot be drawn', async () => {
    failing.push('member')
    const ctx = await h.command('统计', '本月')
    expect(ctx.out.sent.map((s) => s.to)).toEqual([{ roomId: ROOM }, { contactId: ADMIN }])
    expect(ctx.out.sent[0]!.text).toContain('本月共2次活动，总出勤率50%')
  })
})

describe('图表 posts the group-safe picture', () => {
  it('as one group message, which draws rates and days but no member name', async () => {
    const ctx = await h.command('图表', '本月')
    expect(ctx.out.sent).toHaveLength(1)
    expect(ctx.out.sent[0]!.to).toEqual({ roomId: ROOM })
    expect(ctx.out.sent[0]!.image!.name).toBe('出勤率-2026年11月.png')
    expect(drawn.map((d) => d.kind)).toEqual(['group'])
    const texts = drawn[0]!.image.texts.join('\n')
    expect(texts).toContain('33%')
    expect(texts).toContain('11-28')
    const roster = await h.db.member.findMany()
    for (const m of roster) expect(texts).not.toContain(m.name)
    expect(inkShare(await decodePng(readFileSync(ctx.out.sent[0]!.image!.path)))).toBeGreaterThan(0.03)
  })

  it('answers with the rates in text when the picture cannot be drawn', async () => {
    failing.push('group')
    const ctx = await h.command('图表', '本月')
    expect(ctx.out.sent).toHaveLength(1)
    expect(ctx.out.sent[0]!.image).toBeUndefined()
    expect(ctx.out.sent[0]!.text).toContain('11-27 流动课堂《党章学习》应到3 实到1 请假1 缺席1 出勤率33%')
    expect(ctx.out.sent[0]!.text).not.toContain('私信')
  })

  it('says so when the period has no session, and asks for a period it knows', async () => {
    const now = h.clock.now()
    h.clock.set('2026-12-02T12:00:00Z')
    expect((await h.command('图表', '本月')).out.sent[0]!.text).toBe('本月还没有活动记录。')
    h.clock.set(now)
    expect((await h.command('图表', '上个月')).out.sent[0]!.text).toContain('请写：图表 本月')
  })
})

async function branchWithClass(name: string, bound: boolean, present: number, absent: number) {
  const branch = await h.db.branch.create({ data: { name } })
  if (bound)
    await h.db.group.create({
      data: { roomId: `${name}@chatroom`, topic: name, branchId: branch.id, boundBy: ADMIN },
    })
  const at = h.clock.now()
  const session = await h.db.session.create({
    data: {
      branchId: branch.id,
      roomId: `${name}@chatroom`,
      kind: 'class',
      topic: '党课',
      openedBy: ADMIN,
      openedAt: at,
      lateAfter: at,
      closesAt: at,
      closedAt: at,
    },
  })
  for (let i = 0; i < present + absent; i++) {
    const member = await h.db.member.create({ data: { branchId: branch.id, name: `${name}党员${i}` } })
    const status = i < present ? 'present' : 'absent'
    await h.db.attendance.create({ data: { sessionId: session.id, memberId: member.id, status } })
  }
}

/** Makes `contactId` 书记 of the branch (the harness's own admin is the configured bot admin). */
async function secretaryOf(branchId: number, contactId: string) {
  await h.db.role.create({
    data: { branchId, contactId, contactName: '书记', role: 'secretary', grantedBy: ADMIN },
  })
  h.chat.runtime.people.forget()
  return contactId
}

describe('统计 全部 compares branches', () => {
  it('of the same 党委 (bound groups only) for a secretary; every branch for a bot admin', async () => {
    await branchWithClass('叙州区驻外流动党员党委驻成都支部', true, 3, 1)
    await branchWithClass('叙州区驻外流动党员党委驻广州支部', false, 1, 1)
    await branchWithClass('翠屏区驻京流动党员党委第一支部', true, 2, 0)

    const secretary = await secretaryOf(h.branch.id, 'sec-1')
    const ctx = await h.command('统计', '全部 本月', { talkerId: secretary })
    expect(ctx.out.sent[0]!.text).toBe(
      [
        '本月各支部出勤对比（叙州区驻外流动党员党委，2个支部）：',
        '驻成都支部：1次活动，出勤率75%，待补课1人次',
        '驻深圳支部：2次活动，出勤率50%，待补课1人次',
        '对比图已私信发给你。',
      ].join('\n'),
    )
    expect(ctx.out.sent[1]).toMatchObject({
      to: { contactId: secretary },
      image: { name: '各支部出勤对比-2026年11月.png' },
    })
    expect(drawn.at(-1)!.image.texts).toEqual(
      expect.arrayContaining(['驻成都支部', '驻深圳支部', '75%', '50%']),
    )

    const admin = await h.command('统计', '全部')
    expect(admin.out.sent[0]!.text.split('\n').slice(0, 5)).toEqual([
      '本月各支部出勤对比（全部支部，4个支部）：',
      '翠屏区驻京流动党员党委第一支部：1次活动，出勤率100%',
      '叙州区驻外流动党员党委驻成都支部：1次活动，出勤率75%，待补课1人次',
      '叙州区驻外流动党员党委驻广州支部：1次活动，出勤率50%，待补课1人次',
      '叙州区驻外流动党员党委驻深圳支部：2次活动，出勤率50%，待补课1人次',
    ])
  })

  it('explains the rule to a branch whose name has no 党委 or 党总支', async () => {
    const other = await h.db.branch.create({ data: { name: '叙州区驻深圳流动党员支部' } })
    await h.db.group.create({ data: { roomId: 'room-2', topic: '二群', branchId: other.id, boundBy: ADMIN } })
    const secretary = await secretaryOf(other.id, 'sec-2')
    const ctx = await h.command('统计', '全部', { talkerId: secretary, msg: { roomId: 'room-2' } })
    expect(ctx.out.sent).toHaveLength(1)
    expect(ctx.out.sent[0]!.text).toContain('支部名称以同一个“……党委”或“……党总支”开头')
  })
})

describe('导出', () => {
  it('puts the picture into the workbook on its own 图表 sheet', async () => {
    const ctx = await h.command('导出')
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(ctx.out.sent.find((s) => s.file)!.file!.path)
    const sheet = wb.getWorksheet('图表')!
    const [placed] = sheet.getImages()
    const media = wb.getImage(Number(placed!.imageId))
    expect(media.extension).toBe('png')
    const size = pngSize(Buffer.from(media.buffer as unknown as Uint8Array))
    expect(size.width).toBeGreaterThanOrEqual(960)
    expect(wb.worksheets.map((w) => w.name)).toEqual(['名册', '活动', '出勤', '图表'])
  })
})
