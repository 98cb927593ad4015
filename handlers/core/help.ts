// 帮助: generated from the registrations, showing only what the asker may use here.
import type { Context, HandlerSpec } from '../types.js'

const isAdminCommand = (s: HandlerSpec) => s.access === 'admin' || s.help?.forAdmins === true

export function helpText(specs: readonly HandlerSpec[], ctx: Context): string {
  const inGroup = ctx.msg.roomId !== null
  const usable = specs.filter(
    (s) =>
      s.help &&
      (s.place === 'both' || (s.place === 'group') === inGroup) &&
      (!isAdminCommand(s) || ctx.isAdmin || (s.help!.forAdmins && !ctx.branch)),
  )
  const line = (s: HandlerSpec) => `· ${s.help!.usage}：${s.help!.summary}`
  const forMembers = usable.filter((s) => !isAdminCommand(s)).map(line)
  const forAdmins = usable.filter(isAdminCommand).map(line)
  const parts = [
    `【${ctx.config.botName}】可用命令${ctx.branch ? `（${ctx.branch.name}）` : ''}`,
    ...forMembers,
  ]
  if (forAdmins.length) parts.push('', '书记、委员命令：', ...forAdmins)
  if (inGroup) parts.push('', `也可以 @${ctx.config.botName} 直接提问政策。`)
  return parts.join('\n')
}

export function helpHandler(allSpecs: () => readonly HandlerSpec[]): HandlerSpec {
  return {
    id: 'core.help',
    commands: ['帮助', '菜单', 'help'],
    access: 'anyone',
    place: 'both',
    needsBranch: false,
    help: { usage: '帮助', summary: '查看可用命令' },
    async run(ctx) {
      await ctx.out.reply(helpText(allSpecs(), ctx))
    },
  }
}
