// Attendance rows → the plain data handlers/charts draws (no database rows cross into the charts).
import type { sessionsOfBranchSince } from '../../prisma/repos/attendance/sessions.js'
import type {
  BranchBar,
  CellMark,
  MemberChartData,
  MemberRow,
  SessionPoint,
  SessionSeries,
} from '../charts/index.js'
import { countMarks } from './counts.js'
import { dayOf, dayTime, percent, periodStart, type Period } from './format.js'

export type SessionRows = Awaited<ReturnType<typeof sessionsOfBranchSince>>
type SessionRow = SessionRows[number]

/** The same rule as owedMakeups(): a missed class (absent, or on leave where the branch says so). */
function owesMakeup(s: SessionRow, status: string, includesLeave: boolean): boolean {
  return s.kind === 'class' && (status === 'absent' || (includesLeave && status === 'leave'))
}

export function sessionPoint(s: SessionRow, includesLeave: boolean): SessionPoint {
  const c = countMarks(s.attendance.map((a) => a.status))
  const madeUp = new Set(s.makeups.map((m) => m.memberId))
  const owing = s.attendance.filter((a) => owesMakeup(s, a.status, includesLeave))
  return {
    day: dayOf(s.openedAt).slice(5),
    ...c,
    rate: c.expected ? c.present / c.expected : null,
    owed: owing.length,
    madeUp: owing.filter((a) => madeUp.has(a.memberId)).length,
  }
}

function cellMark(status: string | undefined, madeUp: boolean): CellMark {
  if (status === undefined) return 'none'
  if (status === 'present' || status === 'late' || status === 'exempt') return status
  if (status === 'leave') return madeUp ? 'madeUp' : 'leave'
  return madeUp ? 'madeUp' : 'absent'
}

/** One row per member who was on at least one session's list, in roster order. */
export function memberRows(members: Array<{ id: number; name: string }>, sessions: SessionRows): MemberRow[] {
  const columns = sessions.map((s) => ({
    status: new Map(s.attendance.map((a) => [a.memberId, a.status])),
    madeUp: new Set(s.makeups.map((m) => m.memberId)),
  }))
  return members
    .filter((m) => columns.some((c) => c.status.has(m.id)))
    .map((m) => ({
      name: m.name,
      marks: columns.map((c) => cellMark(c.status.get(m.id), c.madeUp.has(m.id))),
    }))
}

/** 2026年11月, 2026年第四季度, 2026年. */
export function periodLabel(period: Period, now: Date): string {
  const [year, month] = dayOf(periodStart(period, now)).split('-').map(Number) as [number, number]
  if (period === '今年') return `${year}年`
  if (period === '本季度') return `${year}年第${'一二三四'[Math.floor((month - 1) / 3)]}季度`
  return `${year}年${month}月`
}

export interface SeriesOptions {
  branchName: string
  /** What the numbers cover, e.g. 2026年11月 or 全部活动. */
  scope: string
  includesLeave: boolean
  /** When the numbers were taken (shown on the image); none for the workbook. */
  at?: Date
}

export function sessionSeries(sessions: SessionRows, o: SeriesOptions): SessionSeries {
  const points = sessions.map((s) => sessionPoint(s, o.includesLeave))
  const expected = points.reduce((a, p) => a + p.expected, 0)
  const present = points.reduce((a, p) => a + p.present, 0)
  const parts = [o.scope, `${points.length}次活动`, `总出勤率${percent(present, expected)}`]
  if (o.at) parts.push(`统计于 ${dayTime(o.at)}`)
  return { title: `${o.branchName} 出勤统计`, subtitle: parts.join(' · '), sessions: points }
}

export function memberChartData(
  sessions: SessionRows,
  members: Array<{ id: number; name: string }>,
  o: SeriesOptions,
): MemberChartData {
  return { ...sessionSeries(sessions, o), members: memberRows(members, sessions) }
}

export function branchBar(name: string, sessions: SessionRows, includesLeave: boolean): BranchBar {
  const points = sessions.map((s) => sessionPoint(s, includesLeave))
  const sum = (f: (p: SessionPoint) => number) => points.reduce((a, p) => a + f(p), 0)
  const expected = sum((p) => p.expected)
  const present = sum((p) => p.present)
  return {
    name,
    sessions: points.length,
    expected,
    present,
    rate: expected ? present / expected : null,
    owed: sum((p) => p.owed),
    madeUp: sum((p) => p.madeUp),
  }
}
