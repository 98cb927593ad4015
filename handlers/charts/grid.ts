// The member × session grid: one row per member, one coloured cell per session, so a run of absences shows at
// a glance. Rows shrink for large rosters (500 members still fit one image).
import { MUTED, RULE, type Painter } from './painter.js'
import { legend, MARK_COLOR, type Box } from './panels.js'
import type { CellMark, MemberRow, SessionPoint } from './types.js'

const LEGEND_MARKS: CellMark[] = ['present', 'late', 'leave', 'absent', 'madeUp', 'exempt', 'none']
const TITLE_H = 30
const DAYS_H = 46
const COUNT_W = 44
const MAX_NAME_CHARS = 6

export interface GridLayout {
  rowH: number
  colW: number
  nameW: number
  fontSize: number
  /** The width the grid needs (the image may be wider). */
  width: number
  height: number
}

export function gridLayout(members: number, sessions: number, minWidth: number): GridLayout {
  const rowH = members > 100 ? 14 : 20
  const fontSize = members > 100 ? 10 : 12
  const nameW = fontSize * MAX_NAME_CHARS + 16
  const room = minWidth - 24 - nameW - COUNT_W - 24
  const colW = Math.max(12, Math.min(32, Math.floor(room / Math.max(sessions, 1))))
  return {
    rowH,
    colW,
    nameW,
    fontSize,
    width: 24 + nameW + colW * sessions + COUNT_W + 24,
    height: TITLE_H + DAYS_H + rowH * members + 12,
  }
}

const shortName = (name: string) =>
  [...name].length > MAX_NAME_CHARS ? `${[...name].slice(0, MAX_NAME_CHARS - 1).join('')}…` : name

/** Absences not made up: the number a secretary follows up. */
const missed = (marks: CellMark[]) => marks.filter((m) => m === 'absent').length

export function gridPanel(
  p: Painter,
  box: Box,
  layout: GridLayout,
  members: MemberRow[],
  sessions: SessionPoint[],
): void {
  p.text('每人出勤', box.x, box.y + 20, { size: 15, bold: true })
  legend(p, box.x + 80, box.y + 20, LEGEND_MARKS)
  const left = box.x + layout.nameW
  const top = box.y + TITLE_H + DAYS_H
  const every = Math.max(1, Math.ceil(14 / layout.colW))
  sessions.forEach((s, j) => {
    if (j % every) return
    const x = left + j * layout.colW + layout.colW / 2
    p.text(s.day, x + 4, top - 6, { size: 10, color: MUTED, rotate: -Math.PI / 3 })
  })
  p.text('缺席', left + sessions.length * layout.colW + 6, top - 6, { size: 11, color: MUTED })
  members.forEach((m, i) => {
    const y = top + i * layout.rowH
    if (i % 2) p.rect(box.x, y, box.w, layout.rowH, '#fafafa')
    p.text(shortName(m.name), left - 8, y + layout.rowH / 2, {
      size: layout.fontSize,
      align: 'right',
      baseline: 'middle',
    })
    m.marks.forEach((mark, j) =>
      p.rect(left + j * layout.colW + 1, y + 1, layout.colW - 2, layout.rowH - 2, MARK_COLOR[mark]),
    )
    const count = missed(m.marks)
    if (count)
      p.text(String(count), left + sessions.length * layout.colW + 14, y + layout.rowH / 2, {
        size: layout.fontSize,
        color: MARK_COLOR.absent,
        baseline: 'middle',
        bold: true,
      })
  })
  p.line(
    [
      [box.x, box.y + box.h - 1],
      [box.x + box.w, box.y + box.h - 1],
    ],
    RULE,
  )
}
