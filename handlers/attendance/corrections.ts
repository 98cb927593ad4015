// Admin corrections: 补签, 标记请假, 免签, 取消免签, each recorded with its prior state and undoable (撤销 <编号>).
import { on, type BranchContext, type HandlerSpec } from '../types.js'
import { setExempt } from '../../prisma/repos/attendance/members.js'
import type { MarkRow } from '../../prisma/repos/attendance/marks.js'
import {
  currentSession,
  readMark,
  record,
  undoHint,
  where,
  writeMark,
  type Before,
} from './correction-core.js'
import type { LiveRegistry } from './live.js'
import { liveSessionOf, resolveTarget } from './target.js'
import { undoCommand } from './undo.js'

function markCommand(live: LiveRegistry, action: '补签' | '标记请假', usage: string) {
  return async (ctx: BranchContext) => {
    const target = await resolveTarget(ctx, usage)
    if (!target.ok) return ctx.out.reply(target.message)
    const reason = target.rest
    if (action === '标记请假' && !reason) return ctx.out.reply(`请写上原因：${usage}`)
    const ref = await currentSession(live, ctx)
    if (!ref) return ctx.out.reply('本支部还没有任何活动记录。')
    const before = await readMark(ctx, ref, target.member.id)
    const at = ctx.clock.now()
    const row: MarkRow = {
      memberId: target.member.id,
      status: action === '补签' ? 'present' : 'leave',
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

function exemptCommand(live: LiveRegistry, exempt: boolean, usage: string) {
  return async (ctx: BranchContext) => {
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

export function correctionHandlers(live: LiveRegistry): HandlerSpec[] {
  return [
    on.branch({
      access: 'admin',
      id: 'attendance.fix-present',
      commands: ['补签'],
      help: { usage: '补签 @某人', summary: '为进行中（或上一次）的活动补签' },
      run: markCommand(live, '补签', '补签 @某人'),
    }),
    on.branch({
      access: 'admin',
      id: 'attendance.fix-leave',
      commands: ['标记请假'],
      help: { usage: '标记请假 @某人 <原因>', summary: '代为登记请假' },
      run: markCommand(live, '标记请假', '标记请假 @某人 <原因>'),
    }),
    on.branch({
      access: 'admin',
      id: 'attendance.exempt',
      commands: ['免签'],
      help: { usage: '免签 @某人 <原因>', summary: '不计入应到（如年老体弱）' },
      run: exemptCommand(live, true, '免签 @某人 <原因>'),
    }),
    on.branch({
      access: 'admin',
      id: 'attendance.unexempt',
      commands: ['取消免签'],
      help: { usage: '取消免签 @某人', summary: '恢复计入应到' },
      run: exemptCommand(live, false, '取消免签 @某人'),
    }),
    on.branch({
      access: 'admin',
      id: 'attendance.undo',
      commands: ['撤销'],
      help: { usage: '撤销 <编号>', summary: '撤回一条补签/请假/免签更正' },
      run: undoCommand(live),
    }),
  ]
}
