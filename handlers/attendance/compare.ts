// 统计 全部: one organisation's branches side by side. A branch belongs to the organisation its name starts with,
// up to the last 党委 or 党总支 ("叙州区驻外流动党员党委驻深圳支部" → "叙州区驻外流动党员党委"); branches with a
// bound group and the same organisation are compared. A bot admin compares every branch in the database.
import { allBranches, branchesWithGroups } from '../../prisma/repos/attendance/branches.js'
import { closedSessionsOfBranchSince } from '../../prisma/repos/attendance/sessions.js'
import type { BranchBar } from '../charts/index.js'
import type { Branch, Context } from '../types.js'
import { saveChart, tryRender, type ChartRenderers } from './chart-commands.js'
import { branchBar, periodLabel } from './chart-data.js'
import { dayTime, percent, periodStart, type Period } from './format.js'

/** The organisation a branch name starts with (up to its last 党委 or 党总支), or null. */
export function organisationOf(branchName: string): string | null {
  return /^(.*(?:党委|党总支))/.exec(branchName)?.[1] ?? null
}

interface Scope {
  /** e.g. 叙州区驻外流动党员党委, or 全部支部 */
  label: string
  /** Stripped from branch names on the chart and in the text (the title already says it). */
  prefix: string
  branches: Branch[]
}

const NO_ORGANISATION =
  '「统计 全部」比较同一党委或党总支下的各支部：支部名称以同一个“……党委”或“……党总支”开头的已绑定支部算同一组织（如“叙州区驻外流动党员党委驻深圳支部”）。本支部名称里没有“党委”或“党总支”，请改用「统计」。'

async function scopeOf(ctx: Context): Promise<Scope | null> {
  if (ctx.role === 'botAdmin') return { label: '全部支部', prefix: '', branches: await allBranches(ctx.db) }
  const org = ctx.branch ? organisationOf(ctx.branch.name) : null
  if (!org) return null
  const branches = (await branchesWithGroups(ctx.db)).filter((b) => b.name.startsWith(org))
  return { label: org, prefix: org, branches }
}

const shortName = (name: string, prefix: string) =>
  prefix && name.startsWith(prefix) && name.length > prefix.length ? name.slice(prefix.length) : name

function comparisonText(period: Period, scope: Scope, bars: BranchBar[], imageNote: boolean): string {
  const lines = bars.map((b) => {
    if (b.rate === null) return `${b.name}：${period}没有活动`
    const owed = b.owed - b.madeUp
    return `${b.name}：${b.sessions}次活动，出勤率${percent(b.present, b.expected)}${owed ? `，待补课${owed}人次` : ''}`
  })
  const head = `${period}各支部出勤对比（${scope.label}，${bars.length}个支部）：`
  return [head, ...lines, ...(imageNote ? ['对比图已私信发给你。'] : [])].join('\n')
}

const byRate = (a: BranchBar, b: BranchBar) => (b.rate ?? -1) - (a.rate ?? -1)

export async function compareBranches(ctx: Context, charts: ChartRenderers, period: Period): Promise<void> {
  const scope = await scopeOf(ctx)
  if (!scope) return ctx.out.reply(NO_ORGANISATION)
  const now = ctx.clock.now()
  const since = periodStart(period, now)
  const bars: BranchBar[] = []
  for (const branch of scope.branches) {
    const sessions = await closedSessionsOfBranchSince(ctx.db, branch.id, since)
    bars.push(branchBar(shortName(branch.name, scope.prefix), sessions, branch.makeupIncludesLeave))
  }
  bars.sort(byRate)
  const scopeText = periodLabel(period, now)
  const image = await tryRender(ctx, () =>
    charts.branches({
      title: `${scope.label} 各支部出勤对比`,
      subtitle: `${scopeText} · ${bars.length}个支部 · 统计于 ${dayTime(now)}`,
      branches: bars,
    }),
  )
  await ctx.out.reply(comparisonText(period, scope, bars, image !== null && ctx.msg.roomId !== null))
  if (image)
    await ctx.out.sendImageToContact(
      ctx.msg.talkerId,
      await saveChart(ctx, image, `各支部出勤对比-${scopeText}`),
    )
}
