// 请假 <原因>: for the open session, or kept for the next one. The reason goes to admins only.
import { on, type HandlerSpec } from '../types.js'
import { addPendingLeave } from '../../prisma/repos/attendance/members.js'
import type { LiveRegistry } from './live.js'
import { sessionTitle } from './summary.js'
import { liveSessionOf } from './target.js'

export function leaveHandler(live: LiveRegistry): HandlerSpec {
  return on.branch({
    id: 'attendance.leave',
    commands: ['请假'],
    access: 'member',
    help: { usage: '请假 <原因>', summary: '为进行中的活动请假；没有进行中的活动时，用于下一次活动' },
    async run(ctx) {
      const member = ctx.member
      if (!member) return ctx.out.replyPrivately('请先报到（报到 <姓名>），再请假。')
      const reason = ctx.args.trim()
      if (!reason) return ctx.out.replyPrivately('请写上原因，例如：请假 上夜班')
      const s = liveSessionOf(live, ctx)
      if (!s) {
        await addPendingLeave(ctx.db, member.id, reason, ctx.clock.now())
        return ctx.out.replyPrivately('已登记请假，用于下一次活动。原因只有支部管理员能看到。')
      }
      const mark = s.marks.get(member.id)
      if (!mark) return ctx.out.replyPrivately('你不在本次活动的应到名单中（可能已免签），无需请假。')
      if (mark.status === 'present' || mark.status === 'late')
        return ctx.out.replyPrivately('你已签到，无需请假。')
      Object.assign(mark, { status: 'leave', reason, via: 'leave', at: ctx.msg.at })
      s.dirty.add(member.id)
      await live.changed(s, ctx.db, ctx.log)
      await ctx.out.replyPrivately(`已为${sessionTitle(s.kind, s.topic)}请假。原因只有支部管理员能看到。`)
    },
  })
}
