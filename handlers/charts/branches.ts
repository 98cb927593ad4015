// 统计 全部: the branches of one organisation side by side, one bar of attendance rate each.
import { INK, MUTED, Painter, RULE, type ChartImage } from './painter.js'
import { header, percentText } from './panels.js'
import type { BranchBar, BranchComparison } from './types.js'

const WIDTH = 960
const ROW_H = 54
const BAR_COLOR = '#c62828'
const MAX_NAME_CHARS = 18

const shortName = (name: string) =>
  [...name].length > MAX_NAME_CHARS ? `…${[...name].slice(-(MAX_NAME_CHARS - 1)).join('')}` : name

function detail(b: BranchBar): string {
  if (b.rate === null) return '本期无活动'
  const owed = b.owed - b.madeUp
  return `${b.sessions}次活动，应到${b.expected}人次，实到${b.present}人次${owed ? `，待补课${owed}人次` : ''}`
}

export async function renderBranchComparison(data: BranchComparison): Promise<ChartImage> {
  const p = await Painter.open(WIDTH, 84 + 40 + data.branches.length * ROW_H + 24)
  let y = header(p, data.title, data.subtitle)
  const names = data.branches.map((b) => shortName(b.name))
  const nameW = Math.min(340, Math.max(120, ...names.map((n) => p.textWidth(n, 14))) + 16)
  const left = 24 + nameW
  const right = WIDTH - 80
  for (const v of [0, 50, 100]) {
    const x = left + ((right - left) * v) / 100
    p.line(
      [
        [x, y + 24],
        [x, y + 40 + data.branches.length * ROW_H],
      ],
      RULE,
    )
    p.text(`${v}%`, x, y + 18, { size: 11, color: MUTED, align: 'center' })
  }
  y += 40
  data.branches.forEach((b, i) => {
    const top = y + i * ROW_H
    p.text(names[i]!, left - 12, top + 16, { size: 14, align: 'right', baseline: 'middle' })
    if (b.rate !== null) {
      p.rect(left, top + 6, Math.max(2, (right - left) * b.rate), 20, BAR_COLOR)
      p.text(percentText(b.rate), left + (right - left) * b.rate + 8, top + 16, {
        size: 14,
        bold: true,
        color: INK,
        baseline: 'middle',
      })
    }
    p.text(detail(b), left, top + 42, { size: 12, color: MUTED })
  })
  return p.finish()
}
