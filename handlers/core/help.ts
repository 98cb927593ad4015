// 帮助 [命令]: generated from the registrations, showing only what the asker may use here.
import { on, type Context, type HandlerSpec } from '../types.js'

const isAdminCommand = (s: HandlerSpec) => s.access === 'admin' || s.help?.forAdmins === true
type WithHelp = HandlerSpec & { help: NonNullable<HandlerSpec['help']> }

function usableHere(specs: readonly HandlerSpec[], ctx: Context): WithHelp[] {
  const inGroup = ctx.msg.roomId !== null
  const placeFits = (s: HandlerSpec) =>
    s.where === 'anywhere' || s.where === 'branch' || (s.where === 'private' ? !inGroup : inGroup)
  return specs.filter(
    (s): s is WithHelp =>
      s.help !== undefined &&
      placeFits(s) &&
      (!isAdminCommand(s) || ctx.isAdmin || (s.help.forAdmins === true && !ctx.branch)),
  )
}

/** Members get each command with a line of explanation; admins get their commands compactly, one detail on request. */
export function helpText(specs: readonly HandlerSpec[], ctx: Context, openSession: string | null): string {
  const usable = usableHere(specs, ctx)
  const forMembers = usable
    .filter((s) => !isAdminCommand(s) && !s.help.unlisted)
    .map((s) => `· ${s.help.usage}：${s.help.summary}`)
  const forAdmins = usable
    .filter((s) => isAdminCommand(s) && !s.help.unlisted)
    .map((s) => s.help.usage.split(' ')[0] ?? s.help.usage)
  const parts = [
    ...(openSession ? [`现在正在进行${openSession}，回复“到”即可签到。`, ''] : []),
    `【${ctx.config.botName}】可用命令${ctx.branch ? `（${ctx.branch.name}）` : ''}`,
    ...forMembers,
  ]
  if (forAdmins.length) parts.push('', `书记、委员命令：${forAdmins.join('、')}`)
  parts.push('', `发送「帮助 命令」查看用法，如：帮助 ${forAdmins.length ? '开课' : '请假'}`)
  return parts.join('\n')
}

function detailOf(specs: readonly HandlerSpec[], ctx: Context, word: string): string {
  const spec = usableHere(specs, ctx).find((s) => s.commands?.includes(word) || s.help.usage.startsWith(word))
  if (!spec) return `没有您可用的命令「${word}」。发送「帮助」查看全部。`
  return `${spec.help.usage}\n${spec.help.summary}`
}

export interface HelpSources {
  specs: () => readonly HandlerSpec[]
  /** The session open in this group, as a title (e.g. 流动课堂《党章学习》), or null. */
  openSessionIn: (roomId: string) => string | null
}

export function helpHandler(sources: HelpSources): HandlerSpec {
  return on.anywhere({
    id: 'core.help',
    commands: ['帮助', '菜单', 'help'],
    access: 'anyone',
    help: { usage: '帮助 [命令]', summary: '查看可用命令，或某个命令的说明' },
    async run(ctx) {
      const word = ctx.args.trim()
      const open = ctx.msg.roomId ? sources.openSessionIn(ctx.msg.roomId) : null
      await ctx.out.reply(word ? detailOf(sources.specs(), ctx, word) : helpText(sources.specs(), ctx, open))
    },
  })
}
