// 公益银行: 记录服务 (admin, counts at once), 上报服务 (a member's own, pending), 确认服务, 服务记录.
import { on, type BranchContext, type HandlerSpec } from '../types.js'
import { membersOfBranch } from '../../prisma/repos/core/members.js'
import {
  addService,
  confirmedServicesBetween,
  confirmServices,
  pendingServices,
} from '../../prisma/repos/members/services.js'
import { resolveTarget } from '../attendance/target.js'
import { fromShanghai, shanghaiParts } from '../shanghai.js'

const RECORD_USAGE = '记录服务 <姓名|@某人> <内容> <小时>'
const REPORT_USAGE = '上报服务 <内容> <小时>'
const MAX_HOURS = 24

/** `清理河道 2.5小时` → content and minutes; the hours are the last word. */
export function readService(text: string): { content: string; minutes: number } | null {
  const m = /^(.+?)\s*(\d{1,2}(?:\.\d{1,2})?)\s*(?:个)?(?:小时|时|h|H)?$/u.exec(text.normalize('NFKC').trim())
  const hours = Number(m?.[2])
  const content = m?.[1]?.trim() ?? ''
  if (!m || content === '' || !(hours > 0 && hours <= MAX_HOURS)) return null
  return { content: content.slice(0, 100), minutes: Math.round(hours * 60) }
}

export const hoursText = (minutes: number) => `${Math.round((minutes / 60) * 10) / 10}小时`

async function record(ctx: BranchContext): Promise<void> {
  const target = await resolveTarget(ctx, RECORD_USAGE)
  if (!target.ok) return ctx.out.reply(target.message)
  const service = readService(target.rest)
  if (!service) return ctx.out.reply(`请写内容和小时数（不超过${MAX_HOURS}），例如：记录服务 张三 社区义诊 3`)
  const now = ctx.clock.now()
  await addService(ctx.db, {
    branchId: ctx.branch.id,
    memberId: target.member.id,
    ...service,
    status: 'confirmed',
    at: now,
    recordedBy: ctx.msg.talkerId,
    createdAt: now,
  })
  await ctx.audit('记录服务', 'ok', `${target.member.name} ${service.content} ${hoursText(service.minutes)}`)
  await ctx.out.reply(
    `已记录${target.member.name}志愿服务：${service.content} ${hoursText(service.minutes)}。`,
  )
}

async function report(ctx: BranchContext): Promise<void> {
  const member = ctx.member
  if (!member) return ctx.out.reply('请先报到（报到 <姓名>）。')
  const service = readService(ctx.args)
  if (!service) return ctx.out.reply(`请写内容和小时数，例如：上报服务 帮老乡办社保 2`)
  const now = ctx.clock.now()
  const saved = await addService(ctx.db, {
    branchId: ctx.branch.id,
    memberId: member.id,
    ...service,
    status: 'pending',
    at: now,
    recordedBy: ctx.msg.talkerId,
    createdAt: now,
  })
  await ctx.out.reply(
    `已提交（编号${saved.id}）：${service.content} ${hoursText(service.minutes)}，等书记、委员确认后计入。`,
  )
}

async function confirm(ctx: BranchContext): Promise<void> {
  const pending = await pendingServices(ctx.db, ctx.branch.id)
  const all = /^(全部|所有)$/u.test(ctx.args.trim())
  const ids = all ? pending.map((p) => p.id) : (ctx.args.match(/\d+/g) ?? []).map(Number)
  if (!ids.length)
    return ctx.out.reply(
      pending.length
        ? `请写编号：确认服务 <编号…|全部>。待确认${pending.length}条，发「服务记录」查看。`
        : '没有待确认的服务记录。',
    )
  const { count } = await confirmServices(ctx.db, ctx.branch.id, ids, ctx.msg.talkerId, ctx.clock.now())
  await ctx.audit('确认服务', 'ok', `编号${ids.join(',')}：确认${count}条`)
  await ctx.out.reply(count ? `已确认${count}条服务记录。` : '这些编号没有待确认的服务记录。')
}

async function list(ctx: BranchContext): Promise<void> {
  const year = shanghaiParts(ctx.clock.now()).year
  const from = fromShanghai({ year, month: 1, day: 1 })
  const to = fromShanghai({ year: year + 1, month: 1, day: 1 })
  const [done, pending, members] = await Promise.all([
    confirmedServicesBetween(ctx.db, ctx.branch.id, from, to),
    pendingServices(ctx.db, ctx.branch.id),
    membersOfBranch(ctx.db, ctx.branch.id),
  ])
  const total = done.reduce((sum, s) => sum + s.minutes, 0)
  const people = new Set(done.map((s) => s.memberId)).size
  await ctx.out.reply(
    `${year}年志愿服务：${people}人、${done.length}次，共${hoursText(total)}；待确认${pending.length}条。明细已私信发给你。`,
  )
  const nameOf = new Map(members.map((m) => [m.id, m.name]))
  const perMember = [...new Set(done.map((s) => s.memberId))].map((id) => {
    const mine = done.filter((s) => s.memberId === id)
    return `${nameOf.get(id) ?? '?'}：${mine.length}次 ${hoursText(mine.reduce((a, s) => a + s.minutes, 0))}`
  })
  const waiting = pending.map((p) => `编号${p.id} ${p.member.name}：${p.content} ${hoursText(p.minutes)}`)
  const lines = [`${year}年志愿服务（公益银行）：`, ...perMember]
  if (waiting.length) lines.push('待确认（发「确认服务 编号」或「确认服务 全部」）：', ...waiting)
  await ctx.out.replyPrivately(lines.join('\n'))
}

export const serviceHandlers: HandlerSpec[] = [
  on.branch({
    id: 'members.service.record',
    commands: ['记录服务'],
    access: 'admin',
    help: { usage: RECORD_USAGE, summary: '公益银行：记录党员的志愿服务；另有「服务记录」「确认服务」' },
    run: record,
  }),
  on.branch({
    id: 'members.service.report',
    commands: ['上报服务'],
    access: 'member',
    help: { usage: REPORT_USAGE, summary: '书记确认后计入' },
    run: report,
  }),
  on.branch({
    id: 'members.service.confirm',
    commands: ['确认服务'],
    access: 'admin',
    help: { usage: '确认服务 <编号…|全部>', summary: '确认党员自己上报的志愿服务', unlisted: true },
    run: confirm,
  }),
  on.branch({
    id: 'members.service.list',
    commands: ['服务记录'],
    access: 'admin',
    help: {
      usage: '服务记录',
      summary: '今年的志愿服务人次和时长；每人明细与待确认的私信给你',
      unlisted: true,
    },
    run: list,
  }),
]
