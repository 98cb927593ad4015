// 我的出勤 (private) and 统计 [本月|本季度|今年] [全部] (rates per session in the group; per member, in text and
// as a picture, privately; 全部 compares the branches of one organisation).
import { on, type HandlerSpec } from '../types.js'
import { owedMakeups } from '../../prisma/repos/attendance/makeups.js'
import { marksOfMember } from '../../prisma/repos/attendance/marks.js'
import { membersOfBranch } from '../../prisma/repos/core/members.js'
import { closedSessionsOfBranchSince } from '../../prisma/repos/attendance/sessions.js'
import { parsePeriod, sendMemberChart, type ChartRenderers } from './chart-commands.js'
import { compareBranches } from './compare.js'
import { countMarks } from './counts.js'
import { percent, periodStart } from './format.js'
import type { LiveRegistry } from './live.js'
import { memberDetailText, sessionRatesText } from './stats-text.js'

export function statsHandlers(live: LiveRegistry, charts: ChartRenderers): HandlerSpec[] {
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
      help: {
        usage: '统计 [本月|本季度|今年] [全部]',
        summary:
          '每次活动的出勤率发在这里；每人明细和一张出勤图片（含每人每次的出勤格子）私信给你。' +
          '加「全部」比较同一党委或党总支下各支部的出勤率：支部名称以同一个“……党委”或“……党总支”开头、且已绑定微信群的支部算同一组织（如“叙州区驻外流动党员党委驻深圳支部”）；机器人管理员比较数据库里的全部支部。',
      },
      async run(ctx) {
        const all = ctx.args.includes('全部')
        const period = parsePeriod(ctx.args.replace('全部', ''))
        if (!period) return ctx.out.reply('请写：统计 本月、统计 本季度 或 统计 今年（各支部对比加「全部」）')
        const { branch } = ctx
        await live.flush(ctx.db, ctx.log)
        if (all) return compareBranches(ctx, charts, period)
        const since = periodStart(period, ctx.clock.now())
        const sessions = await closedSessionsOfBranchSince(ctx.db, branch.id, since)
        if (!sessions.length) return ctx.out.reply(`${period}还没有活动记录。`)
        await ctx.out.reply(sessionRatesText(period, sessions))
        const members = await membersOfBranch(ctx.db, branch.id)
        await ctx.out.replyPrivately(memberDetailText(period, members, sessions))
        await sendMemberChart(ctx, charts, branch, period, sessions, members)
      },
    }),
  ]
}
