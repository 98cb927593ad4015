// 绑定支部 <名称> / 迁移本群 <名称>: bind this group to a branch, or move a branch's binding to this group.
import {
  bindGroup,
  findBranchByName,
  listGroupsOfBranch,
  relinkGroup,
} from '../../prisma/repos/core/groups.js'
import { findRole } from '../../prisma/repos/core/roles.js'
import { on, type AnyGroupContext } from '../types.js'

const NAME = /^[^\s@＠]{2,40}$/

async function mayManage(ctx: AnyGroupContext, branchId: number): Promise<boolean> {
  if (ctx.role === 'botAdmin') return true
  const role = await findRole(ctx.db, branchId, ctx.msg.talkerId)
  return role !== null
}

function branchNameOf(ctx: AnyGroupContext, usage: string): string | null {
  const name = ctx.args.trim()
  if (NAME.test(name)) return name
  void ctx.out.reply(
    `用法：${usage}\n例如：${usage.split(' ')[0]} 叙州区驻深圳流动党员支部（2–40 个字，不含空格）`,
  )
  return null
}

export const bindBranchHandler = on.anyGroup({
  id: 'core.bind-branch',
  commands: ['绑定支部'],
  access: 'anyone',
  help: {
    usage: '绑定支部 <支部名称>',
    summary: '把本群绑定到支部（机器人管理员或该支部书记）',
    forAdmins: true,
  },
  async run(ctx) {
    const name = branchNameOf(ctx, '绑定支部 <支部名称>')
    if (!name) return
    const existing = await findBranchByName(ctx.db, name)
    const allowed = existing ? await mayManage(ctx, existing.id) : ctx.role === 'botAdmin'
    if (!allowed || (ctx.branch && ctx.branch.name !== name && ctx.role !== 'botAdmin')) {
      await ctx.audit('绑定支部', 'denied', name)
      await ctx.out.reply('只有机器人管理员或该支部的书记、委员可以绑定支部。')
      return
    }
    if (ctx.branch?.name === name) {
      await ctx.out.reply(`本群已绑定「${name}」。`)
      return
    }
    const account = ctx.services.accounts.current()?.id ?? null
    const { created, ownerAccountId } = await bindGroup(ctx.db, {
      roomId: ctx.msg.roomId,
      topic: ctx.msg.roomTopic ?? '',
      branchName: name,
      boundBy: ctx.msg.talkerId,
      accountId: account,
    })
    ctx.services.forgetPeople()
    // Another of our accounts in this group bound it at the same moment: that one answers.
    if (account && ownerAccountId !== account) return
    await ctx.audit('绑定支部', 'ok', `${created ? '新建' : '已有'}支部 ${name}`)
    await ctx.out.reply(
      `已将本群绑定到「${name}」${created ? '（新建支部）' : ''}。\n下一步：设置书记 @某人，然后发送「导入名册」上传名册。`,
    )
  },
})

export const relinkGroupHandler = on.anyGroup({
  id: 'core.relink-group',
  commands: ['迁移本群'],
  access: 'anyone',
  help: {
    usage: '迁移本群 <支部名称>',
    summary: '群编号变了时，把支部的记录和定时任务迁到本群',
    forAdmins: true,
  },
  async run(ctx) {
    const name = branchNameOf(ctx, '迁移本群 <支部名称>')
    if (!name) return
    const branch = await findBranchByName(ctx.db, name)
    if (!branch) {
      await ctx.out.reply(`没有名为「${name}」的支部。新支部请用：绑定支部 ${name}`)
      return
    }
    if (!(await mayManage(ctx, branch.id))) {
      await ctx.audit('迁移本群', 'denied', name)
      await ctx.out.reply('只有机器人管理员或该支部的书记、委员可以迁移群。')
      return
    }
    const [old] = await listGroupsOfBranch(ctx.db, branch.id)
    if (!old || old.roomId === ctx.msg.roomId) {
      await ctx.out.reply(
        old ? `本群已是「${name}」的群。` : `「${name}」还没有绑定过群，请用：绑定支部 ${name}`,
      )
      return
    }
    await relinkGroup(ctx.db, {
      fromRoomId: old.roomId,
      toRoomId: ctx.msg.roomId,
      topic: ctx.msg.roomTopic ?? '',
    })
    ctx.services.forgetPeople()
    await ctx.audit('迁移本群', 'ok', `${old.roomId} -> ${ctx.msg.roomId}`)
    await ctx.out.reply(`已把「${name}」的活动记录和定时任务迁移到本群。`)
  },
})
