// 撤销 <编号>: restores what a correction changed, and records that it was undone.
import type { BranchContext } from '../types.js'
import { findCorrection, markCorrectionUndone } from '../../prisma/repos/attendance/corrections.js'
import { setExempt } from '../../prisma/repos/attendance/members.js'
import { findMember } from '../../prisma/repos/core/members.js'
import { findSession } from '../../prisma/repos/attendance/sessions.js'
import { parseBefore, writeMark } from './correction-core.js'
import type { LiveRegistry } from './live.js'

export function undoCommand(live: LiveRegistry) {
  return async (ctx: BranchContext) => {
    const id = Number(/^#?(\d+)$/u.exec(ctx.args.trim())?.[1])
    if (!id) return ctx.out.reply('请写更正编号，例如：撤销 12')
    const c = await findCorrection(ctx.db, ctx.branch.id, id)
    if (!c) return ctx.out.reply(`本支部没有编号为${id}的更正。`)
    if (c.undoneAt) return ctx.out.reply(`更正#${id}已经撤销过了。`)
    const member = await findMember(ctx.db, c.memberId)
    if (!member) return ctx.out.reply(`更正#${id}涉及的党员已不在名册中，无法撤销。`)
    const before = parseBefore(c.before)
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
