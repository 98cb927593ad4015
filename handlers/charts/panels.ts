// The pieces a chart is stacked from. Each panel draws inside a box and shares one x axis (a slot per session),
// so the rate line, the counts and the make-ups line up under each other.
import { percent } from '../attendance/format.js'
import { INK, MUTED, RULE, type Painter } from './painter.js'
import type { CellMark, SessionPoint } from './types.js'

export interface Box {
  x: number
  y: number
  w: number
  h: number
}

export const MARK_COLOR: Record<CellMark, string> = {
  present: '#43a047',
  late: '#fbc02d',
  leave: '#1e88e5',
  absent: '#e53935',
  madeUp: '#8e24aa',
  exempt: '#bdbdbd',
  none: '#f2f2f2',
}

export const MARK_NAME: Record<CellMark, string> = {
  present: '到',
  late: '迟到',
  leave: '请假',
  absent: '缺席',
  madeUp: '已补课',
  exempt: '免签',
  none: '不在名单',
}

const LINE_COLOR = '#c62828'
const TREND_COLOR = '#546e7a'
const OWED_COLOR = '#ef9a9a'
const PLOT_LEFT = 52
const PLOT_RIGHT = 16
const PANEL_TITLE = 28
const X_LABELS = 30

/** The same rounding as the texts: never 100% while someone was absent, nor 0% while someone came. */
export const percentText = (rate: number) => percent(rate, 1)

/** Title and subtitle; returns the height used. */
export function header(p: Painter, title: string, subtitle: string): number {
  p.text(title, 24, 38, { size: 22, bold: true })
  p.text(subtitle, 24, 64, { size: 14, color: MUTED })
  return 84
}

export function legend(p: Painter, x: number, y: number, marks: CellMark[]): void {
  let at = x
  for (const mark of marks) {
    p.rect(at, y - 10, 12, 12, MARK_COLOR[mark])
    p.text(MARK_NAME[mark], at + 16, y, { size: 12, color: MUTED })
    at += 24 + p.textWidth(MARK_NAME[mark], 12)
  }
}

interface Plot {
  left: number
  right: number
  top: number
  bottom: number
  slot: number
  xOf(i: number): number
}

function plotOf(box: Box, count: number): Plot {
  const left = box.x + PLOT_LEFT
  const right = box.x + box.w - PLOT_RIGHT
  const slot = (right - left) / Math.max(count, 1)
  return {
    left,
    right,
    top: box.y + PANEL_TITLE + 22,
    bottom: box.y + box.h - X_LABELS,
    slot,
    xOf: (i) => left + (i + 0.5) * slot,
  }
}

/** Day labels under the slots, thinned so they never overlap. */
function dayLabels(p: Painter, plot: Plot, sessions: SessionPoint[]): void {
  const every = Math.max(1, Math.ceil(44 / plot.slot))
  sessions.forEach((s, i) => {
    if (i % every === 0)
      p.text(s.day, plot.xOf(i), plot.bottom + 18, { size: 11, color: MUTED, align: 'center' })
  })
  p.line(
    [
      [plot.left, plot.bottom],
      [plot.right, plot.bottom],
    ],
    '#9e9e9e',
  )
}

function yGrid(p: Painter, plot: Plot, ticks: Array<{ value: number; label: string }>, max: number): void {
  for (const t of ticks) {
    const y = plot.bottom - (t.value / max) * (plot.bottom - plot.top)
    p.line(
      [
        [plot.left, y],
        [plot.right, y],
      ],
      RULE,
    )
    p.text(t.label, plot.left - 8, y, { size: 11, color: MUTED, align: 'right', baseline: 'middle' })
  }
}

/** Least-squares slope of the rates, in percentage points per session; null with fewer than three rates. */
export function trendSlope(sessions: SessionPoint[]): number | null {
  const points = sessions.flatMap((s, i) => (s.rate === null ? [] : [[i, s.rate * 100] as const]))
  if (points.length < 3) return null
  const n = points.length
  const mx = points.reduce((a, [x]) => a + x, 0) / n
  const my = points.reduce((a, [, y]) => a + y, 0) / n
  const sxx = points.reduce((a, [x]) => a + (x - mx) ** 2, 0)
  const sxy = points.reduce((a, [x, y]) => a + (x - mx) * (y - my), 0)
  return sxx ? sxy / sxx : 0
}

export function trendText(slope: number | null): string {
  if (slope === null) return ''
  if (Math.abs(slope) < 0.5) return '趋势：基本持平'
  return `趋势：每次活动平均${slope > 0 ? '上升' : '下降'}${Math.abs(slope).toFixed(1)}个百分点`
}

/** Attendance rate per session (line), with the least-squares trend dashed. */
export function ratePanel(p: Painter, box: Box, sessions: SessionPoint[]): void {
  const plot = plotOf(box, sessions.length)
  p.text('每次活动出勤率', box.x, box.y + 20, { size: 15, bold: true })
  const slope = trendSlope(sessions)
  p.text(trendText(slope), box.x + box.w - PLOT_RIGHT, box.y + 20, {
    size: 13,
    color: TREND_COLOR,
    align: 'right',
  })
  yGrid(
    p,
    plot,
    [0, 25, 50, 75, 100].map((v) => ({ value: v, label: `${v}%` })),
    100,
  )
  const yOf = (rate: number) => plot.bottom - rate * (plot.bottom - plot.top)
  const points = sessions.flatMap((s, i) => (s.rate === null ? [] : [{ i, rate: s.rate }]))
  if (slope !== null) {
    const first = points[0]!
    const last = points.at(-1)!
    const mean = points.reduce((a, q) => a + q.rate * 100, 0) / points.length
    const meanX = points.reduce((a, q) => a + q.i, 0) / points.length
    const at = (i: number) => Math.min(1, Math.max(0, (mean + slope * (i - meanX)) / 100))
    p.line(
      [
        [plot.xOf(first.i), yOf(at(first.i))],
        [plot.xOf(last.i), yOf(at(last.i))],
      ],
      TREND_COLOR,
      2,
      [8, 6],
    )
  }
  p.line(
    points.map((q) => [plot.xOf(q.i), yOf(q.rate)]),
    LINE_COLOR,
    2.5,
  )
  const labelled = sessions.length <= 24
  for (const q of points) {
    p.dot(plot.xOf(q.i), yOf(q.rate), 4, LINE_COLOR)
    if (labelled)
      p.text(percentText(q.rate), plot.xOf(q.i), yOf(q.rate) - 9, { size: 11, color: INK, align: 'center' })
  }
  dayLabels(p, plot, sessions)
}

const COUNT_PARTS: Array<{ mark: CellMark; of(s: SessionPoint): number }> = [
  { mark: 'present', of: (s) => s.present - s.late },
  { mark: 'late', of: (s) => s.late },
  { mark: 'leave', of: (s) => s.leave },
  { mark: 'absent', of: (s) => s.absent },
]

/** Present / late / leave / absent per session, stacked. */
export function countsPanel(p: Painter, box: Box, sessions: SessionPoint[]): void {
  const plot = plotOf(box, sessions.length)
  p.text('每次活动人数', box.x, box.y + 20, { size: 15, bold: true })
  legend(p, box.x + 130, box.y + 20, ['present', 'late', 'leave', 'absent'])
  const max = Math.max(1, ...sessions.map((s) => Math.max(s.expected, s.present + s.leave + s.absent)))
  yGrid(
    p,
    plot,
    [0, Math.ceil(max / 2), max].map((v) => ({ value: v, label: String(v) })),
    max,
  )
  const barW = Math.max(2, Math.min(28, plot.slot * 0.6))
  const unit = (plot.bottom - plot.top) / max
  sessions.forEach((s, i) => {
    let top = plot.bottom
    for (const part of COUNT_PARTS) {
      const h = part.of(s) * unit
      top -= h
      if (h > 0) p.rect(plot.xOf(i) - barW / 2, top, barW, h, MARK_COLOR[part.mark])
    }
  })
  dayLabels(p, plot, sessions)
}

/** Make-ups owed per class session and how many were made up. */
export function makeupPanel(p: Painter, box: Box, sessions: SessionPoint[]): void {
  const plot = plotOf(box, sessions.length)
  const owed = sessions.reduce((a, s) => a + s.owed, 0)
  const done = sessions.reduce((a, s) => a + s.madeUp, 0)
  p.text('补课', box.x, box.y + 20, { size: 15, bold: true })
  const summary = owed
    ? `应补课${owed}人次，已补${done}人次，待补${owed - done}人次`
    : '本期流动课堂无人需要补课'
  p.text(summary, box.x + 48, box.y + 20, { size: 13, color: MUTED })
  p.rect(box.x + box.w - 190, box.y + 10, 12, 12, MARK_COLOR.madeUp)
  p.text('已补课', box.x + box.w - 174, box.y + 20, { size: 12, color: MUTED })
  p.rect(box.x + box.w - 110, box.y + 10, 12, 12, OWED_COLOR)
  p.text('待补课', box.x + box.w - 94, box.y + 20, { size: 12, color: MUTED })
  const max = Math.max(1, ...sessions.map((s) => s.owed))
  yGrid(
    p,
    plot,
    [0, max].map((v) => ({ value: v, label: String(v) })),
    max,
  )
  const barW = Math.max(2, Math.min(28, plot.slot * 0.6))
  const unit = (plot.bottom - plot.top) / max
  sessions.forEach((s, i) => {
    if (!s.owed) return
    const x = plot.xOf(i) - barW / 2
    p.rect(x, plot.bottom - s.owed * unit, barW, (s.owed - s.madeUp) * unit, OWED_COLOR)
    p.rect(x, plot.bottom - s.madeUp * unit, barW, s.madeUp * unit, MARK_COLOR.madeUp)
  })
  dayLabels(p, plot, sessions)
}
