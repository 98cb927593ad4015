// 缺课名单 and 补课 @某人 [课程] [方式].
import { on, type HandlerSpec, type OutgoingText } from '../types.js'
import { owedMakeups, recordMakeup, type OwedMakeup } from '../../prisma/repos/attendance/makeups.js'
import { dayOf } from './format.js'
import { resolveTarget } from './target.js'

export const MAKEUP_METHODS = ['线上', '送学上门', '集中培训'] as const
const MAX_LINES = 40

export function owedListText(owed: OwedMakeup[]): string {
  if (!owed.length) return '目前没有需要补课的党员。'
  const byMember = new Map<string, string[]>()
  for (const o of owed)
    byMember.set(o.memberName, [
      ...(byMember.get(o.memberName) ?? []),
      `《${o.topic}》${dayOf(o.openedAt).slice(5)}`,
    ])
  const lines = [...byMember].map(([name, topics]) => `${name}：${topics.join('、')}`)
  const shown = lines.slice(0, MAX_LINES)
  const more = lines.length > MAX_LINES ? `\n……另有${lines.length - MAX_LINES}人，见“导出”` : ''
  return `需补课${byMember.size}人、${owed.length}次：\n${shown.join('\n')}${more}`
}

/** The weekly group reminder for the scheduler: one message @-mentioning everyone who owes a make-up. */
export function makeupReminder(owed: OwedMakeup[]): OutgoingText | null {
  if (!owed.length) return null
  const ids = [...new Set(owed.flatMap((o) => (o.contactId ? [o.contactId] : [])))]
  const people = new Set(owed.map((o) => o.memberId)).size
  return {
    text: `本周补课提醒：${people}名党员还有${owed.length}次课未补，请联系支部安排（线上、送学上门或集中培训）。`,
    mentionIds: ids,
  }
}

export const makeupHandlers: HandlerSpec[] = [
  on.branch({
    id: 'attendance.owed',
    commands: ['缺课名单'],
    access: 'admin',
    help: { usage: '缺课名单', summary: '还欠补课的党员和课程' },
    async run(ctx) {
      await ctx.out.reply(owedListText(await owedMakeups(ctx.db, ctx.branch.id)))
    },
  }),
  on.branch({
    id: 'attendance.makeup',
    commands: ['补课'],
    access: 'admin',
    help: { usage: '补课 @某人 [课程] [线上|送学上门|集中培训]', summary: '登记补课，缺课名单随之减少' },
    async run(ctx) {
      const usage = '补课 @某人 [课程] [线上|送学上门|集中培训]'
      const target = await resolveTarget(ctx, usage)
      if (!target.ok) return ctx.out.reply(target.message)
      const words = target.rest.split(/\s+/u).filter(Boolean)
      const method = MAKEUP_METHODS.find((m) => words.includes(m)) ?? '线上'
      const course = words
        .filter((w) => w !== method)
        .join(' ')
        .replace(/[《》]/gu, '')
      const owed = await owedMakeups(ctx.db, ctx.branch.id, target.member.id)
      if (!owed.length) return ctx.out.reply(`${target.member.name}没有需要补的课。`)
      const chosen = course ? owed.find((o) => o.topic.includes(course)) : owed[0]
      if (!chosen)
        return ctx.out.reply(
          `${target.member.name}需补的课里没有“${course}”。需补：${owed.map((o) => `《${o.topic}》`).join('、')}`,
        )
      await recordMakeup(ctx.db, {
        memberId: target.member.id,
        sessionId: chosen.sessionId,
        method,
        course: course || chosen.topic,
        recordedBy: ctx.msg.talkerId,
        at: ctx.clock.now(),
      })
      await ctx.audit('补课', 'ok', `${target.member.name} session ${chosen.sessionId} ${method}`)
      const left = owed.length - 1
      await ctx.out.reply(
        `已登记${target.member.name}补课《${chosen.topic}》（${method}）。${left ? `还需补${left}次。` : '已全部补齐。'}`,
      )
    },
  }),
]
