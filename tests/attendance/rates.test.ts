import { describe, expect, it } from 'vitest'
import { percent } from '../../handlers/attendance/format.js'
import { summaryText } from '../../handlers/attendance/summary.js'

describe('attendance rates', () => {
  it('are whole percentages where rounding hides nothing', () => {
    expect(percent(39, 46)).toBe('85%')
    expect(percent(10, 10)).toBe('100%')
    expect(percent(0, 10)).toBe('0%')
    expect(percent(0, 0)).toBe('—')
  })

  it('never say 100% while someone is absent, nor 0% while someone came', () => {
    expect(percent(997, 1000)).toBe('99.7%')
    expect(percent(999, 1000)).toBe('99.9%')
    expect(percent(9999, 10000)).toBe('99.9%')
    expect(percent(1, 2000)).toBe('0.1%')
  })

  it('show in the summary the way a secretary reads it', () => {
    const tally = {
      kind: 'rollcall' as const,
      topic: '点名',
      expected: 1000,
      present: 997,
      late: 0,
      leave: 0,
      absent: 3,
      guests: [],
    }
    expect(summaryText(tally)).toContain('实到会党员997名，因病因事请假0名，缺席3名，出勤率99.7%')
  })
})
