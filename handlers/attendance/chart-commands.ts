// Attendance pictures: 图表 [本月|本季度|今年] posts the group-safe image (numbers only) in the group, and 统计
// sends the admin who asked the private one (with the member × session grid). A picture that cannot be
// rendered is logged and the text answer stands.
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { closedSessionsOfBranchSince } from '../../prisma/repos/attendance/sessions.js'
import {
  renderBranchComparison,
  renderGroupChart,
  renderMemberChart,
  type BranchComparison,
  type ChartImage,
  type MemberChartData,
  type SessionSeries,
} from '../charts/index.js'
import { on, type Branch, type Context, type HandlerSpec, type OutgoingFile } from '../types.js'
import {
  memberChartData,
  periodLabel,
  sessionSeries,
  type SeriesOptions,
  type SessionRows,
} from './chart-data.js'
import { periodStart, type Period } from './format.js'
import type { LiveRegistry } from './live.js'
import { sessionRatesText } from './stats-text.js'

/** The renderers, replaceable so a test can make one fail. */
export interface ChartRenderers {
  group(series: SessionSeries): Promise<ChartImage>
  member(data: MemberChartData): Promise<ChartImage>
  branches(data: BranchComparison): Promise<ChartImage>
}

export const defaultRenderers: ChartRenderers = {
  group: renderGroupChart,
  member: renderMemberChart,
  branches: renderBranchComparison,
}

const PERIODS: Period[] = ['本月', '本季度', '今年']

/** 本月 / 本季度 / 今年 from the arguments (本月 when none is given); null when something else was written. */
export function parsePeriod(args: string): Period | null {
  if (!args.trim()) return '本月'
  return PERIODS.find((p) => args.includes(p)) ?? null
}

/** Renders, or logs why it could not and returns null (the caller's text answer stands). */
export async function tryRender(ctx: Context, render: () => Promise<ChartImage>): Promise<ChartImage | null> {
  try {
    return await render()
  } catch (error) {
    ctx.log.warn({ err: error }, '图表生成失败，只发文字')
    return null
  }
}

/** Saves the PNG under <dataDir>/charts, where the outbound queue reads it when its turn comes. */
export async function saveChart(ctx: Context, image: ChartImage, title: string): Promise<OutgoingFile> {
  const dir = path.join(ctx.config.dataDir, 'charts')
  await mkdir(dir, { recursive: true })
  const id = ctx.msg.id.replace(/[^\w-]/g, '_').slice(-40)
  const file = path.join(dir, `${ctx.branch?.id ?? 'all'}-${ctx.clock.now().getTime()}-${id}.png`)
  await writeFile(file, image.png)
  return { path: file, name: `${title}.png` }
}

function seriesOptions(branch: Branch, period: Period, now: Date): SeriesOptions {
  return {
    branchName: branch.name,
    scope: periodLabel(period, now),
    includesLeave: branch.makeupIncludesLeave,
    at: now,
  }
}

/** The private picture that goes with 统计: rate line, make-ups, and the member × session grid. */
export async function sendMemberChart(
  ctx: Context,
  charts: ChartRenderers,
  branch: Branch,
  period: Period,
  sessions: SessionRows,
  members: Array<{ id: number; name: string }>,
): Promise<void> {
  const options = seriesOptions(branch, period, ctx.clock.now())
  const image = await tryRender(ctx, () => charts.member(memberChartData(sessions, members, options)))
  if (!image) return
  await ctx.out.sendImageToContact(ctx.msg.talkerId, await saveChart(ctx, image, `出勤统计-${options.scope}`))
}

export function chartHandler(live: LiveRegistry, charts: ChartRenderers): HandlerSpec {
  return on.boundGroup({
    id: 'attendance.chart',
    commands: ['图表'],
    access: 'admin',
    help: {
      usage: '图表 [本月|本季度|今年]',
      summary: '在群里发一张出勤图片：每次活动的出勤率、趋势和人数，不含任何姓名',
    },
    async run(ctx) {
      const period = parsePeriod(ctx.args)
      if (!period) return ctx.out.reply('请写：图表 本月、图表 本季度 或 图表 今年')
      const { branch } = ctx
      await live.flush(ctx.db, ctx.log)
      const since = periodStart(period, ctx.clock.now())
      const sessions = await closedSessionsOfBranchSince(ctx.db, branch.id, since)
      if (!sessions.length) return ctx.out.reply(`${period}还没有活动记录。`)
      const options = seriesOptions(branch, period, ctx.clock.now())
      const image = await tryRender(ctx, () => charts.group(sessionSeries(sessions, options)))
      if (!image) return ctx.out.reply(sessionRatesText(period, sessions, ''))
      await ctx.out.sendImageToRoom(ctx.msg.roomId, await saveChart(ctx, image, `出勤率-${options.scope}`))
    },
  })
}
