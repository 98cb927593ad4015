// 返乡 / 离开 / 转入 / 恢复: a member's standing changes; history is kept, and only members in the branch are
// expected at future sessions.
import { on, type BranchContext, type HandlerSpec } from '../types.js'
import type { MemberEventKind } from '../../prisma/repos/members/events.js'
import type { MemberStatus } from '../../prisma/repos/core/members.js'
import { changeStatus } from '../../prisma/repos/members/status.js'
import { resolveTarget } from '../attendance/target.js'
import { dayText, readPastDay } from './dates.js'

interface Change {
  word: string
  usage: string
  summary: string
  status?: MemberStatus
  kind: MemberEventKind
  /** Whether the member must be in the branch now for this to make sense. */
  from: MemberStatus[]
  done: (name: string, day: string, note: string) => string
}

const CHANGES: Change[] = [
  {
    word: '返乡',
    usage: '返乡 <姓名|@某人> [日期]',
    summary: '党员返乡：以后活动不再计入应到，历史保留；另有「离开」「转入」「恢复」',
    status: 'returned',
    kind: 'returned',
    from: ['active'],
    done: (name, day) => `已记录：${name}${day}返乡。以后的活动不再计入应到，出勤历史保留。`,
  },
  {
    word: '离开',
    usage: '离开 <姓名|@某人> [日期] [去向]',
    summary: '党员离开本支部（去外地等）：以后活动不再计入应到',
    status: 'left',
    kind: 'left',
    from: ['active'],
    done: (name, day, note) =>
      `已记录：${name}${day}离开本支部${note ? `（${note}）` : ''}。以后的活动不再计入应到，出勤历史保留。`,
  },
  {
    word: '转入',
    usage: '转入 <姓名|@某人> [日期]',
    summary: '组织关系转入本支部',
    kind: 'transferredIn',
    from: ['active'],
    done: (name, day) => `已记录：${name}的组织关系${day}转入本支部。`,
  },
  {
    word: '恢复',
    usage: '恢复 <姓名|@某人> [日期]',
    summary: '返乡或离开的党员回到支部：重新计入应到',
    status: 'active',
    kind: 'rejoined',
    from: ['returned', 'left'],
    done: (name, day) => `已记录：${name}${day}回到支部，以后的活动计入应到。`,
  },
]

const NOT_FROM: Record<MemberStatus, string> = {
  active: '在支部',
  returned: '已经返乡',
  left: '已经离开支部',
}

async function apply(ctx: BranchContext, change: Change): Promise<void> {
  const target = await resolveTarget(ctx, change.usage)
  if (!target.ok) return ctx.out.reply(target.message)
  const { member } = target
  if (!change.from.includes(member.status))
    return ctx.out.reply(`${member.name}现在${NOT_FROM[member.status]}，不能「${change.word}」。`)
  if (change.kind === 'transferredIn' && member.transferredInAt)
    return ctx.out.reply(`${member.name}的组织关系已在${dayText(member.transferredInAt)}转入。`)
  const day = readPastDay(target.rest, ctx.clock.now())
  if (day && !day.ok) return ctx.out.reply(`${day.error}用法：${change.usage}`)
  const at = day?.at ?? ctx.clock.now()
  const note = (day?.rest ?? target.rest).slice(0, 100)
  const now = ctx.clock.now()
  await changeStatus(ctx.db, {
    memberId: member.id,
    ...(change.status ? { status: change.status, statusSince: change.status === 'active' ? null : at } : {}),
    ...(change.kind === 'transferredIn' ? { transferredInAt: at } : {}),
    event: {
      branchId: ctx.branch.id,
      kind: change.kind,
      at,
      detail: `${change.word}${note ? `：${note}` : ''}`,
      by: ctx.msg.talkerId,
      createdAt: now,
    },
  })
  ctx.services.forgetPeople()
  await ctx.audit(change.word, 'ok', `${member.name} ${dayText(at)}${note ? ` ${note}` : ''}`)
  await ctx.out.reply(change.done(member.name, dayText(at), note))
}

export const statusHandlers: HandlerSpec[] = CHANGES.map((change) =>
  on.branch({
    id: `members.status.${change.kind}`,
    commands: [change.word],
    access: 'admin',
    help: { usage: change.usage, summary: change.summary, unlisted: change.word !== '返乡' },
    run: (ctx) => apply(ctx, change),
  }),
)
