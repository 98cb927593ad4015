// Finding the member a correction names: by @-mention (checked-in contact) or by roster name.
import type { BranchContext, Member } from '../types.js'
import { findMemberByContact, findMembersByName } from '../../prisma/repos/core/members.js'
import type { LiveSession } from './live.js'
import type { LiveRegistry } from './live.js'

export type Target = { ok: true; member: Member; rest: string } | { ok: false; message: string }

export async function resolveTarget(ctx: BranchContext, usage: string): Promise<Target> {
  const branchId = ctx.branch.id
  const mention = ctx.msg.mentions[0]
  if (mention) {
    let rest = ctx.args
    for (const m of ctx.msg.mentions) rest = rest.replace(`@${m.name}`, ' ')
    const member = await findMemberByContact(ctx.db, branchId, mention.id)
    if (!member)
      return { ok: false, message: `${mention.name}还没有报到，名册里找不到。也可以写名册上的姓名：${usage}` }
    return { ok: true, member, rest: rest.trim() }
  }
  const [word, ...more] = ctx.args.replace(/^@/u, '').split(/\s+/u)
  if (!word) return { ok: false, message: `请@要更正的人或写名册上的姓名：${usage}` }
  const found = await findMembersByName(ctx.db, branchId, word)
  const [member, ...others] = found
  if (!member) return { ok: false, message: `名册里没有“${word}”。请核对姓名，或先导入名册。` }
  if (others.length) return { ok: false, message: `名册里有${found.length}个“${word}”，请@本人来指定。` }
  return { ok: true, member, rest: more.join(' ').trim() }
}

/** The open session for the branch: this room's, or (in private chat) any room of the branch. */
export function liveSessionOf(live: LiveRegistry, ctx: BranchContext): LiveSession | undefined {
  if (ctx.msg.roomId) return live.byRoom.get(ctx.msg.roomId)
  return [...live.byRoom.values()].find((s) => s.branchId === ctx.branch.id)
}
