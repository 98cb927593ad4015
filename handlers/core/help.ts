// 帮助 [命令]: generated from the registrations, showing only what the asker may use here.
import type { Context, HandlerSpec } from '../types.js'

const isAdminCommand = (s: HandlerSpec) => s.access === 'admin' || s.help?.forAdmins === true

function usableHere(specs: readonly HandlerSpec[], ctx: Context): HandlerSpec[] {
  const inGroup = ctx.msg.roomId !== null
  return specs.filter(
    (s) =>
      s.help &&
      (s.place === 'both' || (s.place === 'group') === inGroup) &&
      (!isAdminCommand(s) || ctx.isAdmin || (s.help.forAdmins === true && !ctx.branch)),
  )
}

/** Members get each command with a line of explanation; admins get their commands compactly, one detail on request. */
export function helpText(specs: readonly HandlerSpec[], ctx: Context): string {
  const usable = usableHere(specs, ctx)
  const forMembers = usable
    .filter((s) => !isAdminCommand(s))
    .map((s) => `· ${s.help!.usage}：${s.help!.summary}`)
  const forAdmins = usable.filter(isAdminCommand).map((s) => s.help!.usage.split(' ')[0]!)
  const parts = [
    `【${ctx.config.botName}】可用命令${ctx.branch ? `（${ctx.branch.name}）` : ''}`,
    ...forMembers,
  ]
  if (forAdmins.length) parts.push('', `书记、委员命令：${forAdmins.join('、')}`)
  parts.push('', `发送「帮助 命令」查看用法，如：帮助 ${forAdmins.length ? '开课' : '请假'}`)
  return parts.join('\n')
}

function detailOf(specs: readonly HandlerSpec[], ctx: Context, word: string): string {
  const spec = usableHere(specs, ctx).find(
    (s) => s.commands?.includes(word) || s.help!.usage.startsWith(word),
  )
  if (!spec) return `没有您可用的命令「${word}」。发送「帮助」查看全部。`
  return `${spec.help!.usage}\n${spec.help!.summary}`
}

export function helpHandler(allSpecs: () => readonly HandlerSpec[]): HandlerSpec {
  return {
    id: 'core.help',
    commands: ['帮助', '菜单', 'help'],
    access: 'anyone',
    place: 'both',
    needsBranch: false,
    help: { usage: '帮助 [命令]', summary: '查看可用命令，或某个命令的说明' },
    async run(ctx) {
      const word = ctx.args.trim()
      await ctx.out.reply(word ? detailOf(allSpecs(), ctx, word) : helpText(allSpecs(), ctx))
    },
  }
}
