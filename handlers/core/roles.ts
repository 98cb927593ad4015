// 设置书记 / 设置委员 / 取消管理 @某人
import { listRoles, removeRole, setRole, type BranchRole } from '../../prisma/repos/core/roles.js'
import { on, type GroupContext, type HandlerSpec, type Mention } from '../types.js'

const ROLE_NAME: Record<BranchRole, string> = { secretary: '书记', committee: '委员' }

function canGrant(ctx: GroupContext): boolean {
  return ctx.role === 'botAdmin' || ctx.role === 'secretary'
}

async function targetOf(ctx: GroupContext, command: string): Promise<Mention | null> {
  const target = ctx.msg.mentions[0]
  if (target?.id) return target
  await ctx.out.reply(
    target
      ? `找不到群成员「${target.name}」，请从群成员列表里 @ 他。`
      : `用法：${command} @某人（请 @ 要设置的人）`,
  )
  return null
}

function grantHandler(role: BranchRole): HandlerSpec {
  const command = `设置${ROLE_NAME[role]}`
  return on.boundGroup({
    id: `core.set-${role}`,
    commands: [command],
    access: 'admin',
    help: { usage: `${command} @某人`, summary: `指定本支部${ROLE_NAME[role]}（书记可用）` },
    async run(ctx) {
      if (!canGrant(ctx)) {
        await ctx.audit(command, 'denied', '委员不能设置管理员')
        await ctx.out.reply(`只有书记或机器人管理员可以${command}。`)
        return
      }
      const target = await targetOf(ctx, command)
      if (!target) return
      await setRole(ctx.db, {
        branchId: ctx.branch.id,
        contactId: target.id,
        contactName: target.name,
        role,
        grantedBy: ctx.msg.talkerId,
      })
      ctx.services.forgetPeople()
      await ctx.audit(command, 'ok', target.name)
      await ctx.out.reply(`已设置 ${target.name} 为${ctx.branch.name}${ROLE_NAME[role]}。`)
    },
  })
}

export const setSecretaryHandler = grantHandler('secretary')
export const setCommitteeHandler = grantHandler('committee')

export const revokeRoleHandler = on.boundGroup({
  id: 'core.revoke-role',
  commands: ['取消管理'],
  access: 'admin',
  help: { usage: '取消管理 @某人', summary: '取消书记或委员身份（书记可用）' },
  async run(ctx) {
    if (!canGrant(ctx)) {
      await ctx.audit('取消管理', 'denied', '委员不能取消管理员')
      await ctx.out.reply('只有书记或机器人管理员可以取消管理。')
      return
    }
    const target = await targetOf(ctx, '取消管理')
    if (!target) return
    const roles = await listRoles(ctx.db, ctx.branch.id)
    const secretaries = roles.filter((r) => r.role === 'secretary')
    const lastSecretary = secretaries.length === 1 && secretaries[0]?.contactId === target.id
    if (lastSecretary && ctx.role !== 'botAdmin') {
      await ctx.audit('取消管理', 'rejected', '唯一的书记')
      await ctx.out.reply('这是本支部唯一的书记，请先设置新书记再取消。')
      return
    }
    const removed = await removeRole(ctx.db, ctx.branch.id, target.id)
    ctx.services.forgetPeople()
    await ctx.audit('取消管理', removed ? 'ok' : 'rejected', target.name)
    await ctx.out.reply(removed ? `已取消 ${target.name} 的管理身份。` : `${target.name} 本来就不是管理员。`)
  },
})
