// Expected / present / late / leave / absent from a list of attendance marks (exempt members are not expected).

export interface Counts {
  expected: number
  present: number
  late: number
  leave: number
  absent: number
}

export function countMarks(statuses: string[]): Counts {
  const c: Counts = { expected: 0, present: 0, late: 0, leave: 0, absent: 0 }
  for (const s of statuses) {
    if (s === 'exempt') continue
    c.expected++
    if (s === 'present' || s === 'late') c.present++
    if (s === 'late') c.late++
    else if (s === 'leave') c.leave++
    else if (s === 'absent' || s === 'expected') c.absent++
  }
  return c
}
