import { describe, expect, it } from 'vitest'
import {
  renderBranchComparison,
  renderGroupChart,
  renderMemberChart,
  uncoveredChars,
  type CellMark,
  type MemberChartData,
  type SessionPoint,
} from '../../handlers/charts/index.js'
import { Painter } from '../../handlers/charts/painter.js'
import { MARK_COLOR } from '../../handlers/charts/panels.js'
import { countColour, darkMask, decodePng, inkShare, pngSize } from './pixels.js'

const NAMES = ['王喆', '李堃', '欧阳昇', '赵强', '买买提·艾力江', '马丽']
const MARKS: CellMark[][] = [
  ['present', 'present', 'late', 'present', 'present'],
  ['present', 'leave', 'present', 'present', 'none'],
  ['absent', 'absent', 'madeUp', 'absent', 'absent'],
  ['present', 'present', 'present', 'late', 'present'],
  ['exempt', 'exempt', 'present', 'present', 'present'],
  ['present', 'absent', 'present', 'leave', 'present'],
]

function point(j: number): SessionPoint {
  const column = MARKS.map((m) => m[j]!).filter((m) => m !== 'none' && m !== 'exempt')
  const count = (m: CellMark) => column.filter((c) => c === m).length
  const present = count('present') + count('late')
  return {
    day: `11-0${j + 1}`,
    expected: column.length,
    present,
    late: count('late'),
    leave: count('leave'),
    absent: count('absent') + count('madeUp'),
    rate: present / column.length,
    owed: count('absent') + count('madeUp'),
    madeUp: count('madeUp'),
  }
}

const data: MemberChartData = {
  title: '叙州区驻深圳流动党员支部 出勤统计',
  subtitle: '2026年11月 · 5次活动',
  sessions: MARKS[0]!.map((_, j) => point(j)),
  members: NAMES.map((name, i) => ({ name, marks: MARKS[i]! })),
}

/** Draws one character large and returns its dark pixels. */
async function glyph(ch: string): Promise<{ mask: string; ink: number }> {
  const p = await Painter.open(48, 48)
  p.text(ch, 8, 40, { size: 32 })
  const mask = darkMask(await decodePng((await p.finish()).png))
  return { mask, ink: mask.split('1').length - 1 }
}

describe('chart images', () => {
  it('draws the private picture as a PNG of the planned size, inked, with a cell of every kind', async () => {
    const image = await renderMemberChart(data)
    expect(pngSize(image.png)).toEqual({ width: image.width, height: image.height })
    expect(image.width).toBeGreaterThanOrEqual(960)
    const pixels = await decodePng(image.png)
    expect([pixels.width, pixels.height]).toEqual([image.width, image.height])
    expect(inkShare(pixels)).toBeGreaterThan(0.05)
    expect(inkShare(pixels)).toBeLessThan(0.8)
    // 20×16 px or more per grid cell, beside the 12×12 legend swatch.
    for (const mark of ['present', 'late', 'leave', 'absent', 'madeUp', 'exempt'] as const)
      expect(countColour(pixels, MARK_COLOR[mark]), mark).toBeGreaterThan(300)
    expect(image.texts).toEqual(expect.arrayContaining(['王喆', '欧阳昇', '买买提·艾…']))
  })

  it('draws Chinese as real glyphs: each character its own shape, none an empty box', async () => {
    const chars = [...'出勤统计缺席补课王喆堃']
    const glyphs = await Promise.all(chars.map(glyph))
    for (const g of glyphs) expect(g.ink).toBeGreaterThan(30)
    expect(new Set(glyphs.map((g) => g.mask)).size).toBe(chars.length)
  })

  it('the glyph check catches boxes: characters no font covers all come out the same', async () => {
    const missing = ['\u{E000}', '\u{E001}', '\u{E002}']
    expect(uncoveredChars(missing.join(''))).toEqual(missing)
    const glyphs = await Promise.all(missing.map(glyph))
    expect(new Set(glyphs.map((g) => g.mask)).size).toBe(1)
  })

  it('ships a glyph for every character the charts draw, rare name characters included', async () => {
    const series = { title: data.title, subtitle: data.subtitle, sessions: data.sessions }
    const branches = await renderBranchComparison({
      title: '叙州区驻外流动党员党委 各支部出勤对比',
      subtitle: '2026年11月 · 2个支部',
      branches: [
        { name: '驻深圳支部', sessions: 5, expected: 25, present: 20, rate: 0.8, owed: 3, madeUp: 1 },
        { name: '驻成都支部', sessions: 0, expected: 0, present: 0, rate: null, owed: 0, madeUp: 0 },
      ],
    })
    for (const image of [await renderMemberChart(data), await renderGroupChart(series), branches])
      expect(uncoveredChars(image.texts.join(''))).toEqual([])
  })

  it('the group picture draws numbers, days and the title, and no name', async () => {
    const image = await renderGroupChart({
      title: data.title,
      subtitle: data.subtitle,
      sessions: data.sessions,
    })
    const drawn = image.texts.join('\n')
    expect(drawn).toContain('每次活动出勤率')
    expect(drawn).toContain('11-01')
    for (const name of NAMES) expect(drawn).not.toContain(name.slice(0, 2))
  })

  it('labels rates the way the texts do: 997 of 1,000 is 99.7%, not 100%', async () => {
    const nearly = { ...data.sessions[0]!, expected: 1000, present: 997, rate: 0.997 }
    const image = await renderGroupChart({
      title: '出勤',
      subtitle: '',
      sessions: [nearly, data.sessions[1]!],
    })
    expect(image.texts).toContain('99.7%')
    expect(image.texts.filter((t) => t === '100%')).toHaveLength(1) // the axis tick only
  })

  it('copes with a single session and with sessions nobody was expected at', async () => {
    const lone = { ...data, sessions: [{ ...data.sessions[0]!, expected: 0, present: 0, rate: null }] }
    const image = await renderMemberChart({
      ...lone,
      members: lone.members.map((m) => ({ ...m, marks: ['none'] })),
    })
    expect(inkShare(await decodePng(image.png))).toBeGreaterThan(0.01)
    expect(image.texts).not.toContain('趋势：基本持平')
  })
})
