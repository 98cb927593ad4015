// What the charts draw: plain data, no database rows. Builders that turn attendance rows into these live in
// handlers/attendance/chart-data.ts.

/** One cell of the member × session grid. `madeUp`: missed, then made up (补课); `none`: not on that session's list. */
export type CellMark = 'present' | 'late' | 'leave' | 'absent' | 'madeUp' | 'exempt' | 'none'

export interface SessionPoint {
  /** MM-DD in Asia/Shanghai */
  day: string
  expected: number
  present: number
  late: number
  leave: number
  absent: number
  /** present / expected, 0..1; null when nobody was expected */
  rate: number | null
  /** Class sessions only: members who owed a make-up for it, and how many of them have made it up. */
  owed: number
  madeUp: number
}

/** Everything the group image shows: numbers per session, never a name. */
export interface SessionSeries {
  title: string
  subtitle: string
  sessions: SessionPoint[]
}

export interface MemberRow {
  name: string
  /** One mark per session of the series, in the same order. */
  marks: CellMark[]
}

/** The private image: the series plus who was where. */
export interface MemberChartData extends SessionSeries {
  members: MemberRow[]
}

export interface BranchBar {
  name: string
  sessions: number
  expected: number
  present: number
  /** 0..1; null when the branch held no session in the period */
  rate: number | null
  owed: number
  madeUp: number
}

export interface BranchComparison {
  title: string
  subtitle: string
  branches: BranchBar[]
}
