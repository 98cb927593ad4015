// 开课 / 点名 / 开会 / 结束: admins open and close sessions in a bound group.
import { on, type Context, type GroupContext, type HandlerSpec } from '../types.js'
import type { SessionKind } from './format.js'
import type { LiveRegistry } from './live.js'
import { closeSession } from './close.js'
import { openSession } from './open.js'
import type { AttendanceDeps } from './session-types.js'

export const depsOf = (ctx: Context): AttendanceDeps => ({
  db: ctx.db,
  clock: ctx.clock,
  out: ctx.out,
  log: ctx.log,
})

const MINUTES = /^(\d{1,3})(?:分钟|分)?$/u

/** Splits `<主题> [分钟]` (or `[分钟] [主题]`): the first number-like word is the length. */
export function parseTopicAndMinutes(args: string): {
  topic: string
  minutes: number | undefined
  bad: boolean
} {
  const words = args.split(/\s+/u).filter(Boolean)
  const index = words.findIndex((w) => MINUTES.test(w))
  if (index < 0) return { topic: words.join(' '), minutes: undefined, bad: false }
  const minutes = Number(MINUTES.exec(words[index] ?? '')?.[1])
  const topic = words.filter((_, i) => i !== index).join(' ')
  return { topic, minutes, bad: minutes < 1 || minutes > 600 }
}

function opener(live: LiveRegistry, kind: SessionKind, needsTopic: boolean) {
  return async (ctx: GroupContext) => {
    const { topic, minutes, bad } = parseTopicAndMinutes(ctx.args)
    if (bad) return ctx.out.reply('时长请写1到600之间的分钟数，例如：开课 学习二十大精神 60')
    if (needsTopic && !topic)
      return ctx.out.reply(
        `请写上主题，例如：${kind === 'meeting' ? '开会 支部换届选举 90' : '开课 学习二十大精神 60'}`,
      )
    const result = await openSession(live, depsOf(ctx), {
      branchId: ctx.branch.id,
      roomId: ctx.msg.roomId,
      kind,
      topic,
      minutes,
      openedBy: ctx.msg.talkerId,
    })
    if (!result.ok && result.reason === 'not-owner') return
    if (!result.ok) {
      await ctx.audit(kind, 'rejected', 'already open')
      return ctx.out.reply(result.message)
    }
    await ctx.audit(kind, 'ok', `session ${result.session.id}, expected ${result.expected}`)
  }
}

export function sessionCommands(live: LiveRegistry): HandlerSpec[] {
  return [
    on.boundGroup({
      access: 'admin',
      id: 'attendance.class',
      commands: ['开课'],
      help: { usage: '开课 <主题> [分钟]', summary: '开始流动课堂签到（默认60分钟，15分钟后记迟到）' },
      run: opener(live, 'class', true),
    }),
    on.boundGroup({
      access: 'admin',
      id: 'attendance.rollcall',
      commands: ['点名'],
      help: { usage: '点名 [分钟] [主题]', summary: '临时点名（默认10分钟，过半时提醒未回复的人）' },
      run: opener(live, 'rollcall', false),
    }),
    on.boundGroup({
      access: 'admin',
      id: 'attendance.meeting',
      commands: ['开会'],
      help: { usage: '开会 <主题> [分钟]', summary: '支部党员大会签到，结束时计算是否达到规定人数' },
      run: opener(live, 'meeting', true),
    }),
    on.boundGroup({
      access: 'admin',
      id: 'attendance.close',
      commands: ['结束'],
      help: { usage: '结束', summary: '结束本群的签到并发布统计' },
      async run(ctx) {
        const result = await closeSession(live, depsOf(ctx), {
          roomId: ctx.msg.roomId,
          closedBy: ctx.msg.talkerId,
        })
        if (!result.ok && result.reason === 'not-owner') return
        if (!result.ok) return ctx.out.reply(result.message)
        await ctx.audit('结束', 'ok', result.summary)
      },
    }),
  ]
}
