// The texts 统计 and 图表 answer with: rates per session (fit for the group) and per member (private).
import type { SessionRows } from './chart-data.js'
import { countMarks } from './counts.js'
import { dayOf, KIND_LABEL, percent, type Period } from './format.js'

const MAX_SESSION_LINES = 15

/** `footer` ends the text (the 图表 fallback, which sends nothing privately, passes none). */
export function sessionRatesText(
  period: Period,
  sessions: SessionRows,
  footer = '\n每人明细已私信发给你。',
): string {
  let expected = 0
  let present = 0
  const lines = sessions.map((s) => {
    const c = countMarks(s.attendance.map((a) => a.status))
    expected += c.expected
    present += c.present
    const label = KIND_LABEL[s.kind]
    return `${dayOf(s.openedAt).slice(5)} ${label}《${s.topic}》应到${c.expected} 实到${c.present} 请假${c.leave} 缺席${c.absent} 出勤率${percent(c.present, c.expected)}`
  })
  const shown = lines.slice(-MAX_SESSION_LINES)
  const skipped = lines.length > shown.length ? `（只列最近${shown.length}次）\n` : ''
  return `${period}共${sessions.length}次活动，总出勤率${percent(present, expected)}。\n${skipped}${shown.join('\n')}${footer}`
}

export function memberDetailText(
  period: Period,
  members: { id: number; name: string }[],
  sessions: SessionRows,
): string {
  const byMember = new Map<number, string[]>()
  for (const s of sessions)
    for (const a of s.attendance) byMember.set(a.memberId, [...(byMember.get(a.memberId) ?? []), a.status])
  const lines = members.flatMap((m) => {
    const statuses = byMember.get(m.id)
    if (!statuses) return []
    const c = countMarks(statuses)
    return [`${m.name}：应到${c.expected} 实到${c.present}（迟到${c.late}） 请假${c.leave} 缺席${c.absent}`]
  })
  return `${period}每人出勤（${sessions.length}次活动）：\n${lines.join('\n')}`
}
