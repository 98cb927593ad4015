// 支部设置 [项目 开|关]: the branch's own rules (does leave owe a make-up; may the bot remind members privately).
import { updateBranchSettings, type BranchSettings } from '../../prisma/repos/core/branch-settings.js'
import { on, type Branch } from '../types.js'

const SETTINGS: Array<{ key: keyof BranchSettings; name: string; meaning: string }> = [
  { key: 'makeupIncludesLeave', name: '请假需补课', meaning: '请假的党员也要补课' },
  { key: 'privateReminders', name: '私聊提醒', meaning: '补课提醒逐人私聊（需是机器人好友；默认在群里 @）' },
]

function describe(branch: Branch): string {
  const lines = SETTINGS.map((s) => `· ${s.name}：${branch[s.key] ? '开' : '关'}（${s.meaning}）`)
  return [`${branch.name} 设置：`, ...lines, '修改：支部设置 请假需补课 开'].join('\n')
}

export const settingsHandler = on.branch({
  id: 'core.settings',
  commands: ['支部设置'],
  access: 'admin',
  help: { usage: '支部设置 [请假需补课|私聊提醒] [开|关]', summary: '查看或修改支部规则' },
  async run(ctx) {
    const { branch } = ctx
    if (!ctx.args) return ctx.out.reply(describe(branch))
    const match = /^(\S+)\s+(开|关|开启|关闭)$/.exec(ctx.args)
    const setting = match && SETTINGS.find((s) => s.name === match[1])
    if (!match || !setting) {
      await ctx.out.reply(`用法：支部设置 <${SETTINGS.map((s) => s.name).join('|')}> <开|关>`)
      return
    }
    const turnOn = match[2]?.startsWith('开') === true
    const updated = await updateBranchSettings(ctx.db, branch.id, { [setting.key]: turnOn })
    ctx.services.forgetPeople()
    await ctx.audit('支部设置', 'ok', `${setting.name}=${turnOn ? '开' : '关'}`)
    await ctx.out.reply(`已${turnOn ? '开启' : '关闭'}「${setting.name}」。\n${describe(updated)}`)
  },
})
