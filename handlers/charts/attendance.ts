// The two attendance images: the group-safe one (numbers per session, no names) and the private one for the
// admin who asked (the same rate line, make-ups, and the member × session grid).
import { gridLayout, gridPanel } from './grid.js'
import { Painter, type ChartImage } from './painter.js'
import { countsPanel, header, makeupPanel, ratePanel } from './panels.js'
import type { MemberChartData, SessionSeries } from './types.js'

const WIDTH = 960
const RATE_H = 260
const COUNTS_H = 200
const MAKEUP_H = 180
const GAP = 16

/** Group image: attendance rate per session with its trend, and the counts per session. No member names. */
export async function renderGroupChart(series: SessionSeries): Promise<ChartImage> {
  const p = await Painter.open(WIDTH, 84 + RATE_H + GAP + COUNTS_H + GAP)
  const inner = WIDTH - 48
  let y = header(p, series.title, series.subtitle)
  ratePanel(p, { x: 24, y, w: inner, h: RATE_H }, series.sessions)
  y += RATE_H + GAP
  countsPanel(p, { x: 24, y, w: inner, h: COUNTS_H }, series.sessions)
  return p.finish()
}

/** Private image: the rate line, make-ups owed and done, and who attended which session. */
export async function renderMemberChart(data: MemberChartData): Promise<ChartImage> {
  const grid = gridLayout(data.members.length, data.sessions.length, WIDTH)
  const width = Math.max(WIDTH, grid.width)
  const p = await Painter.open(width, 84 + RATE_H + GAP + MAKEUP_H + GAP + grid.height + GAP)
  const inner = width - 48
  let y = header(p, data.title, data.subtitle)
  ratePanel(p, { x: 24, y, w: inner, h: RATE_H }, data.sessions)
  y += RATE_H + GAP
  makeupPanel(p, { x: 24, y, w: inner, h: MAKEUP_H }, data.sessions)
  y += MAKEUP_H + GAP
  gridPanel(p, { x: 24, y, w: inner, h: grid.height }, grid, data.members, data.sessions)
  return p.finish()
}
