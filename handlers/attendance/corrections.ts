// Admin corrections: 补签, 标记请假, 免签, 取消免签, each recorded with its prior state and undoable (撤销 <编号>).
import type { Context, HandlerSpec, Member } from '../types.js'
import {
  addCorrection,
  findCorrection,
  markCorrectionUndone,
} from '../../prisma/repos/attendance/corrections.js'
import { findMark, removeMark, setMark, type MarkRow } from '../../prisma/repos/attendance/marks.js'
import { findMember, setExempt } from '../../prisma/repos/attendance/members.js'
import { findLatestSession, findSession } from '../../prisma/repos/attendance/sessions.js'
import type { Mark } from './format.js'
import type { LiveRegistry, LiveSession } from './live.js'
import { liveSessionOf, resolveTarget } from './target.js'

interface Before {
  mark?: MarkRow | null
  exempt?: { exempt: boolean; reason: string | null }
}

interface SessionRef {
  id: number
  topic: string
  live: LiveSession | null
}

async function currentSession(live: LiveRegistry, ctx: Context): Promise<SessionRef | null> {
  const s = liveSessionOf(live, ctx)
  if (s) return { id: s.id, topic: s.topic, live: s }
  const last = await findLatestSession(ctx.db, ctx.branch!.id)
  return last ? { id: last.id, topic: last.topic, live: null } : null
}

async function readMark(ctx: Context, ref: SessionRef, memberId: number): Promise<MarkRow | null> {
  if (ref.live) {
    const m = ref.live.marks.get(memberId)
    return m
      ? { memberId, status: m.status, at: m.at, via: m.via, reason: m.reason, correctedBy: m.correctedBy }
      : null
  }
  const row = await findMark(ctx.db, ref.id, memberId)
  return (
    row && {
      memberId,
      status: row.status,
      at: row.at,
      via: row.via,
      reason: row.reason,
      correctedBy: row.correctedBy,
    }
  )
}

/**
 * Writes (or with null removes) a member's mark. For an open session memory changes first and buffered
 * sign-ins are flushed before the row is written, so a batch in flight cannot overwrite the correction.
 */
async function writeMark(
  live: LiveRegistry,
  ctx: Context,
  ref: SessionRef,
  member: Member,
  row: MarkRow | null,
) {
  if (ref.live) {
    if (row)
      ref.live.marks.set(member.id, {
        ...row,
        status: row.status as Mark,
        name: member.name,
        contactId: member.contactId,
      })
    else ref.live.marks.delete(member.id)
    await live.flush(ctx.db, ctx.log)
  }
  if (row) await setMark(ctx.db, ref.id, row)
  else await removeMark(ctx.db, ref.id, member.id)
}

async function record(
  ctx: Context,
  action: string,
  member: Member,
  sessionId: number | null,
  before: Before,
) {
  const c = await addCorrection(ctx.db, {
    branchId: ctx.branch!.id,
    sessionId,
    memberId: member.id,
    action,
    before: JSON.stringify(before),
    by: ctx.msg.talkerId,
    at: ctx.clock.now(),
  })
  await ctx.audit(action, 'ok', `#${c.id} ${member.name} session ${sessionId ?? '-'}`)
  return c.id
}

const undoHint = (id: number) => `（更正#${id}，发“撤销 ${id}”可撤回）`
const where = (ref: SessionRef) => (ref.live ? `本次《${ref.topic}》` : `上次《${ref.topic}》`)

function markCommand(live: LiveRegistry, action: '补签' | '标记请假', usage: string): HandlerSpec['run'] {
  return async (ctx) => {
    const target = await resolveTarget(ctx, usage)
    if (!target.ok) return ctx.out.reply(target.message)
    const reason = target.rest
    if (action === '标记请假' && !reason) return ctx.out.reply(`请写上原因：${usage}`)
    const ref = await currentSession(live, ctx)
    if (!ref) return ctx.out.reply('本支部还没有任何活动记录。')
    const before = await readMark(ctx, ref, target.member.id)
    const at = ctx.clock.now()
    const status = action === '补签' ? 'present' : 'leave'
    const row = {
      memberId: target.member.id,
      status,
      at,
      via: 'correction',
      reason: reason || null,
      correctedBy: ctx.msg.talkerId,
    }
    await writeMark(live, ctx, ref, target.member, row)
    const id = await record(ctx, action, target.member, ref.id, { mark: before })
    const what = action === '补签' ? '补签' : '标记请假'
    await ctx.out.reply(`已为${target.member.name}${what}：${where(ref)}${undoHint(id)}`)
  }
}

function exemptCommand(live: LiveRegistry, exempt: boolean, usage: string): HandlerSpec['run'] {
  return async (ctx) => {
    const target = await resolveTarget(ctx, usage)
    if (!target.ok) return ctx.out.reply(target.message)
    const { member, rest } = target
    if (exempt && !rest) return ctx.out.reply(`请写上免签原因：${usage}`)
    if (member.exempt === exempt)
      return ctx.out.reply(`${member.name}${exempt ? '已经是' : '本来就不是'}免签。`)
    const s = liveSessionOf(live, ctx)
    const ref = s ? { id: s.id, topic: s.topic, live: s } : null
    const before: Before = { exempt: { exempt: member.exempt, reason: member.exemptReason } }
    if (ref) before.mark = await readMark(ctx, ref, member.id)
    await setExempt(ctx.db, member.id, exempt, exempt ? rest : null)
    const mark = ref && before.mark
    if (ref && exempt && mark && mark.status !== 'present' && mark.status !== 'late')
      await writeMark(live, ctx, ref, member, { ...mark, status: 'exempt', correctedBy: ctx.msg.talkerId })
    if (ref && !exempt && (!mark || mark.status === 'exempt'))
      await writeMark(live, ctx, ref, member, {
        memberId: member.id,
        status: 'expected',
        at: null,
        via: null,
        reason: null,
        correctedBy: ctx.msg.talkerId,
      })
    const id = await record(ctx, exempt ? '免签' : '取消免签', member, ref?.id ?? null, before)
    await ctx.out.reply(
      `已${exempt ? '将' : '取消'}${member.name}${exempt ? '设为免签，不计入应到' : '的免签，今后计入应到'}${undoHint(id)}`,
    )
  }
}

function undoCommand(live: LiveRegistry): HandlerSpec['run'] {
  return async (ctx) => {
    const id = Number(/^#?(\d+)$/u.exec(ctx.args.trim())?.[1])
    if (!id) return ctx.out.reply('请写更正编号，例如：撤销 12')
    const c = await findCorrection(ctx.db, ctx.branch!.id, id)
    if (!c) return ctx.out.reply(`本支部没有编号为${id}的更正。`)
    if (c.undoneAt) return ctx.out.reply(`更正#${id}已经撤销过了。`)
    const member = await findMember(ctx.db, c.memberId)
    if (!member) return ctx.out.reply(`更正#${id}涉及的党员已不在名册中，无法撤销。`)
    const before = JSON.parse(c.before) as Before
    if (before.exempt) await setExempt(ctx.db, member.id, before.exempt.exempt, before.exempt.reason)
    if (c.sessionId && before.mark !== undefined) {
      const s = [...live.byRoom.values()].find((x) => x.id === c.sessionId)
      const session = s ?? (await findSession(ctx.db, c.sessionId))
      if (session) {
        const mark = before.mark && { ...before.mark, at: before.mark.at ? new Date(before.mark.at) : null }
        await writeMark(live, ctx, { id: session.id, topic: session.topic, live: s ?? null }, member, mark)
      }
    }
    await markCorrectionUndone(ctx.db, id, ctx.msg.talkerId, ctx.clock.now())
    await ctx.audit('撤销', 'ok', `#${id} ${c.action} ${member.name}`)
    await ctx.out.reply(`已撤销更正#${id}（${c.action} ${member.name}）。`)
  }
}

export function correctionHandlers(live: LiveRegistry): HandlerSpec[] {
  const base = { access: 'admin', place: 'both', needsBranch: true } as const
  return [
    {
      ...base,
      id: 'attendance.fix-present',
      commands: ['补签'],
      help: { usage: '补签 @某人', summary: '为进行中（或上一次）的活动补签' },
      run: markCommand(live, '补签', '补签 @某人'),
    },
    {
      ...base,
      id: 'attendance.fix-leave',
      commands: ['标记请假'],
      help: { usage: '标记请假 @某人 <原因>', summary: '代为登记请假' },
      run: markCommand(live, '标记请假', '标记请假 @某人 <原因>'),
    },
    {
      ...base,
      id: 'attendance.exempt',
      commands: ['免签'],
      help: { usage: '免签 @某人 <原因>', summary: '不计入应到（如年老体弱）' },
      run: exemptCommand(live, true, '免签 @某人 <原因>'),
    },
    {
      ...base,
      id: 'attendance.unexempt',
      commands: ['取消免签'],
      help: { usage: '取消免签 @某人', summary: '恢复计入应到' },
      run: exemptCommand(live, false, '取消免签 @某人'),
    },
    {
      ...base,
      id: 'attendance.undo',
      commands: ['撤销'],
      help: { usage: '撤销 <编号>', summary: '撤回一条补签/请假/免签更正' },
      run: undoCommand(live),
    },
  ]
}
