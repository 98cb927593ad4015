// 关联成员 @某人 <姓名>: an admin points a roster entry at a WeChat contact (e.g. after the member's id changed).
import { findMembersByName } from '../../prisma/repos/core/members.js'
import { relinkContact } from '../../prisma/repos/roster/checkin.js'
import { on, type GroupContext, type Mention } from '../types.js'
import { parseNameQuery, phoneEndsWith, shownName } from './names.js'

const COMMAND = '关联成员'
const USAGE = '用法：关联成员 @某人 <名册里的姓名>（同名时加手机号后四位）'

export const relinkMember = on.boundGroup({
  id: 'roster.relink',
  commands: [COMMAND, '重新关联'],
  access: 'admin',
  help: { usage: '关联成员 @某人 <姓名>', summary: '把名册里的人关联到这个微信（换号、报到错了时用）' },
  async run(ctx) {
    const mention = ctx.msg.mentions[0]
    const { name, lastFour } = parseNameQuery(argsWithoutMentions(ctx.args, ctx.msg.mentions))
    if (!mention || !name) return reject(ctx, USAGE, 'missing arguments')
    const shown = shownName(name)
    const candidates = await findMembersByName(ctx.db, ctx.branch.id, name)
    const matching = lastFour ? candidates.filter((c) => phoneEndsWith(c.phone, lastFour)) : candidates
    if (candidates.length === 0) return reject(ctx, `名册里没有“${shown}”。`, `not found: ${shown}`)
    if (matching.length > 1) {
      const hint = `名册里有 ${candidates.length} 位“${shown}”，请加上手机号后四位：关联成员 @${mention.name} ${shown} 5678`
      return reject(ctx, hint, `ambiguous: ${shown}`)
    }
    const member = matching[0]
    if (!member) return reject(ctx, '手机号后四位和名册对不上。', `last four mismatch: ${shown}`)
    if (member.contactId === mention.id) {
      await ctx.audit(COMMAND, 'ok', `成员#${member.id} 已是 ${mention.id}，未改动`)
      return ctx.out.reply(`“${member.name}”已经关联到这个微信了，不用改。`)
    }
    const result = await relinkContact(ctx.db, member, mention, ctx.clock.now())
    ctx.services.forgetPeople()
    const freed = result.unlinkedFrom ? `，它原来对应的“${result.unlinkedFrom.name}”已解除` : ''
    const replaced = result.previousContactId ? '（替换了原来的微信）' : ''
    await ctx.audit(
      COMMAND,
      'ok',
      `成员#${member.id} ${member.name}: ${result.previousContactId ?? '无'} -> ${mention.id}` +
        (result.unlinkedFrom ? `; 解除成员#${result.unlinkedFrom.id}` : ''),
    )
    await ctx.out.reply(`“${member.name}”→${mention.name}的微信${replaced}${freed}`, { batch: 'relink' })
  },
})

/** Drops the @name texts (WeChat ends them with U+2005, which \s matches) so only the roster name is left. */
export function argsWithoutMentions(args: string, mentions: Mention[]): string {
  let text = args
  for (const m of mentions) text = text.split(`@${m.name}`).join(' ')
  return text.replace(/@\S+/gu, ' ').trim()
}

async function reject(ctx: GroupContext, message: string, detail: string): Promise<void> {
  await ctx.audit(COMMAND, 'rejected', detail)
  await ctx.out.reply(message)
}
