// 我的出勤 (private) and 统计 [本月|本季度|今年] (rates per session in the group, per member privately).
import { on, type HandlerSpec } from '../types.js'
import { owedMakeups } from '../../prisma/repos/attendance/makeups.js'
import { marksOfMember } from '../../prisma/repos/attendance/marks.js'
import { membersOfBranch } from '../../prisma/repos/attendance/members.js'
import { sessionsOfBranchSince } from '../../prisma/repos/attendance/sessions.js'
import { dayOf, KIND_LABEL, percent, periodStart, type Period } from './format.js'
import type { LiveRegistry } from './live.js'

const PERIODS: Period[] = ['本月', '本季度', '今年']
const MAX_SESSION_LINES = 15

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

export function statsHandlers(live: LiveRegistry): HandlerSpec[] {
  return [
    on.branch({
      id: 'attendance.mine',
      commands: ['我的出勤'],
      access: 'member',
      help: { usage: '我的出勤', summary: '私信告诉你今年的出勤和待补的课' },
      async run(ctx) {
        if (!ctx.member) return ctx.out.replyPrivately('请先报到（报到 <姓名>），才能查询出勤。')
        await live.flush(ctx.db, ctx.log)
        const marks = await marksOfMember(ctx.db, ctx.member.id, periodStart('今年', ctx.clock.now()))
        // 'expected' means a session still open and not yet answered: not an absence (yet).
        const c = countMarks(marks.map((m) => m.status).filter((s) => s !== 'expected'))
        const owed = await owedMakeups(ctx.db, ctx.member.branchId, ctx.member.id)
        const owedText = owed.length
          ? `待补课：${owed.map((o) => `《${o.topic}》`).join('、')}。`
          : '没有待补的课。'
        await ctx.out.replyPrivately(
          `${ctx.member.name}今年应参加${c.expected}次活动：按时${c.present - c.late}次，迟到${c.late}次，请假${c.leave}次，缺席${c.absent}次，出勤率${percent(c.present, c.expected)}。${owedText}`,
        )
      },
    }),
    on.branch({
      id: 'attendance.stats',
      commands: ['统计'],
      access: 'admin',
      help: { usage: '统计 [本月|本季度|今年]', summary: '每次活动的出勤率；每人明细私信给你' },
      async run(ctx) {
        const period = PERIODS.find((p) => ctx.args.includes(p)) ?? '本月'
        if (ctx.args && !PERIODS.some((p) => ctx.args.includes(p)))
          return ctx.out.reply('请写：统计 本月、统计 本季度 或 统计 今年')
        await live.flush(ctx.db, ctx.log)
        const since = periodStart(period, ctx.clock.now())
        // A session still open has members who may yet sign in: only finished ones are counted.
        const sessions = (await sessionsOfBranchSince(ctx.db, ctx.branch.id, since)).filter((s) => s.closedAt)
        if (!sessions.length) return ctx.out.reply(`${period}还没有活动记录。`)
        await ctx.out.reply(sessionRatesText(period, sessions))
        const members = await membersOfBranch(ctx.db, ctx.branch.id)
        await ctx.out.replyPrivately(memberDetailText(period, members, sessions))
      },
    }),
  ]
}

type SessionRows = Awaited<ReturnType<typeof sessionsOfBranchSince>>

export function sessionRatesText(period: Period, sessions: SessionRows): string {
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
  return `${period}共${sessions.length}次活动，总出勤率${percent(present, expected)}。\n${skipped}${shown.join('\n')}\n每人明细已私信发给你。`
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
