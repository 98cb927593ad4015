// 支部设置 [项目 值]: the branch's own rules (does leave owe a make-up; may the bot remind members privately;
// when a member counts as lost contact).
import { updateBranchSettings, type BranchSettings } from '../../prisma/repos/core/branch-settings.js'
import { on, type Branch, type BranchContext } from '../types.js'

type Switch = {
  [K in keyof BranchSettings]: BranchSettings[K] extends boolean ? K : never
}[keyof BranchSettings]
type Count = {
  [K in keyof BranchSettings]: BranchSettings[K] extends number ? K : never
}[keyof BranchSettings]

const SWITCHES: Array<{ key: Switch; name: string; meaning: string }> = [
  { key: 'makeupIncludesLeave', name: '请假需补课', meaning: '请假的党员也要补课' },
  { key: 'privateReminders', name: '私聊提醒', meaning: '补课提醒逐人私聊（需是机器人好友；默认在群里 @）' },
]
const COUNTS: Array<{ key: Count; name: string; meaning: string; max: number }> = [
  { key: 'lostAfterSessions', name: '失联场次', meaning: '连续缺席几次活动列入失联名单', max: 20 },
  { key: 'checkinWithinDays', name: '报到期限', meaning: '导入名册后几天内未报到列入失联名单', max: 365 },
  { key: 'outOfManagementAttempts', name: '联系次数', meaning: '几次未联系上标记为脱管脱联', max: 20 },
]

function describe(branch: Branch): string {
  const switches = SWITCHES.map((s) => `· ${s.name}：${branch[s.key] ? '开' : '关'}（${s.meaning}）`)
  const counts = COUNTS.map((s) => `· ${s.name}：${branch[s.key]}（${s.meaning}）`)
  return [
    `${branch.name} 设置：`,
    ...switches,
    ...counts,
    '修改：支部设置 请假需补课 开，或 支部设置 失联场次 3',
  ].join('\n')
}

const USAGE = `用法：支部设置 <${SWITCHES.map((s) => s.name).join('|')}> <开|关>，或 支部设置 <${COUNTS.map((s) => s.name).join('|')}> <数字>`

export const settingsHandler = on.branch({
  id: 'core.settings',
  commands: ['支部设置'],
  access: 'admin',
  help: { usage: '支部设置 [项目] [开|关|数字]', summary: '查看或修改支部规则' },
  async run(ctx) {
    const { branch } = ctx
    if (!ctx.args) return ctx.out.reply(describe(branch))
    const match = /^(\S+)\s+(开|关|开启|关闭|\d{1,3})$/.exec(ctx.args)
    const toggle = match && SWITCHES.find((s) => s.name === match[1])
    const count = match && COUNTS.find((s) => s.name === match[1])
    const value = match?.[2] ?? ''
    if (toggle && !/^\d/.test(value)) {
      const turnOn = value.startsWith('开')
      return save(ctx, { [toggle.key]: turnOn }, toggle.name, turnOn ? '开' : '关')
    }
    const n = Number(value)
    if (count && /^\d+$/.test(value) && n >= 1 && n <= count.max)
      return save(ctx, { [count.key]: n }, count.name, String(n))
    await ctx.out.reply(count ? `「${count.name}」请写1到${count.max}之间的数字。` : USAGE)
  },
})

async function save(ctx: BranchContext, change: Partial<BranchSettings>, name: string, shown: string) {
  const updated = await updateBranchSettings(ctx.db, ctx.branch.id, change)
  ctx.services.forgetPeople()
  await ctx.audit('支部设置', 'ok', `${name}=${shown}`)
  const verb = shown === '开' ? '已开启' : shown === '关' ? '已关闭' : '已设置'
  await ctx.out.reply(`${verb}「${name}」${/\d/.test(shown) ? `为 ${shown}` : ''}。\n${describe(updated)}`)
}
