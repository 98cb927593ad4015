// 定时点名 / 预告 / 补课提醒 / 定时列表 / 取消定时 / 暂停定时 / 恢复定时 / 跳过日期 / 取消跳过
import type { Branch, Context } from '../types.js'
import {
  addSkipDates,
  cancelSchedule,
  createSchedule,
  findScheduleOfBranch,
  listFires,
  listSchedulesOfBranch,
  removeSkipDates,
  setSchedulePaused,
  skipDatesFrom,
  type Schedule,
} from '../../prisma/repos/schedule/schedules.js'
import { parseDates } from './dates.js'
import { describeSchedule } from './describe.js'
import { normalizePhrase } from './phrase.js'
import {
  draftClassReminder,
  draftMakeupReminder,
  draftRollCall,
  type Draft,
  type DraftResult,
} from './request.js'
import { columnsOf, nextFireTimes, ruleOf, type Rule } from './rule.js'
import { formatShanghai, shanghaiDateKey, shanghaiParts } from '../shanghai.js'

function refreshEngine(ctx: Context, scheduleId: number): Promise<void> {
  return ctx.services.schedules.refresh(scheduleId)
}

/** The next `count` fire times, each marked when it falls on a skip date. */
async function upcomingLines(ctx: Context, branch: Branch, rule: Rule, count: number): Promise<string[]> {
  const now = ctx.clock.now()
  const skips = await skipDatesFrom(ctx.db, branch.id, shanghaiDateKey(now))
  const year = shanghaiParts(now).year
  return nextFireTimes(rule, now, count).map((t) => {
    const reason = skips.get(shanghaiDateKey(t))
    const shown =
      shanghaiParts(t).year === year ? formatShanghai(t) : `${shanghaiParts(t).year}年${formatShanghai(t)}`
    return reason === undefined ? shown : `${shown}（跳过${reason ? `：${reason}` : ''}）`
  })
}

async function saveAndConfirm(ctx: Context, branch: Branch, command: string, draft: Draft): Promise<void> {
  const { rule } = draft
  const schedule = await createSchedule(ctx.db, {
    branchId: branch.id,
    roomId: ctx.msg.roomId ?? '',
    kind: draft.kind,
    phrase: ctx.args,
    ...columnsOf(rule),
    topic: draft.topic,
    durationMinutes: draft.durationMinutes,
    leadMinutes: draft.leadMinutes,
    createdBy: ctx.msg.talkerId,
    now: ctx.clock.now(),
  })
  await refreshEngine(ctx, schedule.id)
  const upcoming = await upcomingLines(ctx, branch, rule, 3)
  const label = rule.type === 'once' ? '时间' : '接下来三次'
  await ctx.out.reply(`已设好（编号${schedule.id}）：${draft.summary}\n${label}：${upcoming.join('、')}`)
  await ctx.audit(command, 'ok', `编号${schedule.id} ${describeSchedule(schedule)}`)
}

async function rejectWith(ctx: Context, command: string, message: string): Promise<void> {
  await ctx.out.reply(message)
  await ctx.audit(command, 'rejected', message.slice(0, 100))
}

type Drafter = (args: string, now: Date) => DraftResult

async function createFrom(ctx: Context, branch: Branch, command: string, draft: Drafter): Promise<void> {
  const result = draft(ctx.args, ctx.clock.now())
  if (!result.ok) return rejectWith(ctx, command, result.error)
  await saveAndConfirm(ctx, branch, command, result.draft)
}

export const scheduleRollCall = (ctx: Context, branch: Branch) =>
  createFrom(ctx, branch, '定时点名', draftRollCall)
export const scheduleClassReminder = (ctx: Context, branch: Branch) =>
  createFrom(ctx, branch, '预告', draftClassReminder)
export const scheduleMakeupReminder = (ctx: Context, branch: Branch) =>
  createFrom(ctx, branch, '补课提醒', draftMakeupReminder)

const PAST_STATES: Record<string, string> = {
  done: '已执行',
  claimed: '正在执行',
  missed: '错过（机器人离线）',
  skipped: '已跳过',
  failed: '没有执行成功',
}

/** How a one-off that has no future fire ended. */
async function pastState(ctx: Context, s: Schedule): Promise<string> {
  const last = (await listFires(ctx.db, s.id)).at(-1)
  return last ? (PAST_STATES[last.status] ?? last.status) : '时间已过'
}

/** One-offs that ended more than a week ago drop out of 定时列表. */
function isStale(s: Schedule, now: Date): boolean {
  return s.runAt !== null && s.cron === null && s.runAt.getTime() < now.getTime() - 7 * 86_400_000
}

async function scheduleLine(ctx: Context, branch: Branch, s: Schedule): Promise<string> {
  const rule = ruleOf(s)
  const head = `编号${s.id} ${describeSchedule(s)}`
  if (s.paused) return `${head}｜已暂停`
  if (!rule) return `${head}｜规则无效`
  const [next] = await upcomingLines(ctx, branch, rule, 1)
  if (!next) return `${head}｜${await pastState(ctx, s)}`
  if (!next.includes('（跳过')) return `${head}｜下次 ${next}`
  const following = (await upcomingLines(ctx, branch, rule, 5)).find((t) => !t.includes('（跳过'))
  return `${head}｜${next}${following ? `，再下次 ${following}` : ''}`
}

export async function listSchedules(ctx: Context, branch: Branch): Promise<void> {
  const schedules = (await listSchedulesOfBranch(ctx.db, branch.id)).filter(
    (s) => !isStale(s, ctx.clock.now()),
  )
  const skips = await skipDatesFrom(ctx.db, branch.id, shanghaiDateKey(ctx.clock.now()))
  const lines = await Promise.all(schedules.map((s) => scheduleLine(ctx, branch, s)))
  const skipLine = skips.size
    ? `\n跳过日期：${[...skips].map(([d, r]) => (r ? `${d}（${r}）` : d)).join('、')}`
    : ''
  if (lines.length === 0) {
    await ctx.out.reply(`还没有定时任务。例如：定时点名 每周三 20:00 学习交流${skipLine}`)
    await ctx.audit('定时列表', 'ok', '0项')
    return
  }
  await ctx.out.reply(`本支部的定时任务：\n${lines.join('\n')}${skipLine}`)
  await ctx.audit('定时列表', 'ok', `${lines.length}项`)
}

function readNumberArg(args: string): number | null {
  const m = /^(?:编号|#|第)?\s*(\d{1,9})\s*号?$/.exec(normalizePhrase(args))
  return m ? Number(m[1]) : null
}

type Change = 'cancel' | 'pause' | 'resume'
const CHANGE_COMMANDS: Record<Change, string> = { cancel: '取消定时', pause: '暂停定时', resume: '恢复定时' }

export async function changeSchedule(ctx: Context, branch: Branch, change: Change): Promise<void> {
  const command = CHANGE_COMMANDS[change]
  const id = readNumberArg(ctx.args)
  if (id === null) return rejectWith(ctx, command, `请写编号，例如：${command} 3（编号见「定时列表」）`)
  const schedule = await findScheduleOfBranch(ctx.db, branch.id, id)
  if (!schedule) return rejectWith(ctx, command, `本支部没有编号${id}的定时任务，请看「定时列表」。`)
  const now = ctx.clock.now()
  if (change === 'pause' && schedule.paused) return rejectWith(ctx, command, `编号${id}已经是暂停状态。`)
  if (change === 'resume' && !schedule.paused)
    return rejectWith(ctx, command, `编号${id}没有暂停，不用恢复。`)
  if (change === 'cancel') await cancelSchedule(ctx.db, id, now)
  else await setSchedulePaused(ctx.db, id, change === 'pause', now)
  await refreshEngine(ctx, id)
  const done = { cancel: '已取消', pause: '已暂停', resume: '已恢复' }[change]
  let tail = ''
  const rule = ruleOf(schedule)
  if (change === 'resume' && rule) {
    const [next] = await upcomingLines(ctx, branch, rule, 1)
    tail = next ? `，下次 ${next}` : '，但它已经没有以后的触发时间了'
  }
  await ctx.out.reply(`${done}编号${id}：${describeSchedule(schedule)}${tail}`)
  await ctx.audit(command, 'ok', `编号${id}`)
}

function describeDates(dates: string[]): string {
  return dates.length === 1 ? (dates[0] ?? '') : `${dates[0]} 至 ${dates.at(-1)}（${dates.length}天）`
}

export async function addSkip(ctx: Context, branch: Branch): Promise<void> {
  const parsed = parseDates(ctx.args, ctx.clock.now())
  if (!parsed.ok) return rejectWith(ctx, '跳过日期', parsed.error)
  const today = shanghaiDateKey(ctx.clock.now())
  if ((parsed.dates[0] ?? '') < today) return rejectWith(ctx, '跳过日期', '这个日期已经过去了。')
  await addSkipDates(ctx.db, branch.id, parsed.dates, parsed.rest)
  const reason = parsed.rest ? `（${parsed.rest}）` : ''
  await ctx.out.reply(`好的，${describeDates(parsed.dates)}${reason}所有定时任务都不执行。`)
  await ctx.audit('跳过日期', 'ok', `${describeDates(parsed.dates)} ${parsed.rest}`.trim())
}

export async function removeSkip(ctx: Context, branch: Branch): Promise<void> {
  const parsed = parseDates(ctx.args, ctx.clock.now())
  if (!parsed.ok) return rejectWith(ctx, '取消跳过', parsed.error)
  const removed = await removeSkipDates(ctx.db, branch.id, parsed.dates)
  if (removed === 0) return rejectWith(ctx, '取消跳过', `${describeDates(parsed.dates)}本来就没有设为跳过。`)
  await ctx.out.reply(`已取消跳过 ${describeDates(parsed.dates)}，定时任务照常执行。`)
  await ctx.audit('取消跳过', 'ok', describeDates(parsed.dates))
}
