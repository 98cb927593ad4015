// 本群交给 <机器人名>: an admin moves this group to another of our bot accounts (several accounts on one database).
import type { BotAccount, HandOverResult } from '../types.js'
import { on } from '../types.js'

const USAGE = '本群交给 <机器人名>'

function choices(accounts: BotAccount[], exceptId: string | null): string {
  const others = accounts.filter((a) => a.id !== exceptId)
  if (!others.length) return '目前没有其他机器人账号。'
  return `可选：${others.map((a) => `${a.shownAs}（${a.online ? '在线' : '不在线'}）`).join('、')}。`
}

const REFUSALS: Record<Extract<HandOverResult, { ok: false }>['reason'], (name: string) => string> = {
  unknown: (name) => `没有叫「${name}」的机器人账号。`,
  self: () => '本群已经由我负责。',
  offline: (name) => `「${name}」现在不在线，不能交给它。`,
  'not-in-group': (name) => `「${name}」不在本群里：请先把它拉进群，再发送「本群交给 ${name}」。`,
  'not-owner': () => '本群已由另一个机器人账号负责，请稍后再试。',
}

export const handOverHandler = on.boundGroup({
  id: 'core.hand-over',
  commands: ['本群交给'],
  access: 'admin',
  help: {
    usage: USAGE,
    summary: '把本群交给我们的另一个机器人账号负责（多账号部署；原账号随后在本群不再发言）',
    // Only deployments with several accounts need it; the takeover notice to the admins names it.
    unlisted: true,
  },
  async run(ctx) {
    const accounts = ctx.services.accounts
    const name = ctx.args.replace(/^[@＠]/, '').trim()
    const me = accounts.current()
    if (!name) {
      const all = await accounts.list()
      await ctx.out.reply(
        `本群现由「${me?.shownAs ?? ctx.config.botName}」负责。${choices(all, me?.id ?? null)}\n用法：${USAGE}`,
      )
      return
    }
    const result = await accounts.handOver(ctx.msg.roomId, name)
    if (!result.ok) {
      await ctx.audit('本群交给', 'rejected', `${name}: ${result.reason}`)
      const more = result.reason === 'unknown' ? choices(result.accounts, me?.id ?? null) : ''
      await ctx.out.reply(`${REFUSALS[result.reason](name)}${more}`)
      return
    }
    await ctx.audit('本群交给', 'ok', `${me?.id ?? ''} -> ${result.to.id}`)
    // Queued under the new owner: it is the one that says so.
    await ctx.out.reply(
      `本群已交给「${result.to.shownAs}」：之后由它回复、开场和点名，签到记录和定时任务不变。`,
      { important: true },
    )
  },
})
