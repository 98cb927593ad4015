// 四个清楚 filled in by the members themselves: 填写信息 (private), 完善信息 (the admin's one group invitation),
// 我的信息 (one's own record), 信息完整度 (the share complete, who misses what).
import { on, type BranchContext, type HandlerSpec, type Member } from '../types.js'
import { addMemberEvent } from '../../prisma/repos/members/events.js'
import { notePrivateChat, saveFacts } from '../../prisma/repos/members/facts.js'
import { activeMembersOfBranch, findMember } from '../../prisma/repos/core/members.js'
import { startConversation, unfinishedConversation } from '../../prisma/repos/members/conversations.js'
import { maskPhone } from '../roster/phone.js'
import { privateMessagesLeftToday } from './budget.js'
import { askCurrent, resumeConversation, stepsOf, type AskingRegistry, type Finish } from './conversation.js'
import { FACT_FIELDS, FACT_LABEL, fieldsNamed, FOUR_FACTS, missingFacts, missingFields } from './facts.js'
import type { QuestionKey } from './questions.js'
import { STATUS_LABEL } from './status-labels.js'

export const FILL_WORD = '填写信息'
const INTRO =
  '支部想了解你的近况（四个清楚），一次一个问题，1分钟左右。回复「暂停」可以随时停下，「跳过」跳过一题。'

export function fourFactsFinish(ctx: Pick<BranchContext, 'db' | 'clock'>): Finish {
  return {
    resumeWord: FILL_WORD,
    skippable: true,
    async save(convo, key, value) {
      if (!convo.memberId || !isFact(key)) return
      await saveFacts(ctx.db, convo.memberId, { [key]: value })
    },
    async finish(convo) {
      const member = convo.memberId ? await findMember(ctx.db, convo.memberId) : null
      if (!member) return '谢谢！'
      const now = ctx.clock.now()
      await addMemberEvent(ctx.db, {
        branchId: member.branchId,
        memberId: member.id,
        kind: 'factsUpdated',
        at: now,
        detail: '本人私聊填写四个清楚',
        by: convo.contactId,
        createdAt: now,
      })
      const lines = FACT_FIELDS.map((f) => `${FACT_LABEL[f]}：${member[f] ?? '未填'}`)
      return `谢谢，已保存！\n${lines.join('\n')}\n以后有变化，私聊发「${FILL_WORD}」修改，发「我的信息」查看。`
    },
  }
}

const isFact = (key: QuestionKey): key is (typeof FACT_FIELDS)[number] =>
  (FACT_FIELDS as readonly string[]).includes(key)

/** Starts (or resumes) a member's 四个清楚 conversation and sends its first question privately. */
async function startFor(
  ctx: BranchContext,
  registry: AskingRegistry,
  member: Member & { contactId: string },
  steps: QuestionKey[],
  intro: string,
): Promise<void> {
  const convo = await startConversation(ctx.db, {
    contactId: member.contactId,
    branchId: member.branchId,
    roomId: null,
    memberId: member.id,
    kind: 'fourFacts',
    state: 'asking',
    steps: JSON.stringify(steps),
    answers: '{}',
    at: ctx.clock.now(),
  })
  await askCurrent(ctx.out, registry, convo, intro)
}

export function fourFactsHandlers(registry: AskingRegistry): HandlerSpec[] {
  return [
    on.privateChat({
      id: 'members.fill',
      commands: [FILL_WORD],
      access: 'member',
      help: { usage: `${FILL_WORD} [城市|单位|行业|创业|村干部]`, summary: '私聊填写或修改自己的四个清楚' },
      async run(ctx) {
        const member = ctx.member && (await findMember(ctx.db, ctx.member.id))
        if (!member?.contactId || !ctx.branch) return ctx.out.reply('请先在支部群里报到：报到 <姓名>')
        await notePrivateChat(ctx.db, member.id, ctx.clock.now())
        const named = fieldsNamed(ctx.args)
        const open = await unfinishedConversation(ctx.db, member.contactId, 'fourFacts')
        const bctx = { ...ctx, branch: ctx.branch }
        if (open && !named.length && stepsOf(open).length)
          return resumeConversation(bctx, registry, open, `${member.name}，接着上次的填。`)
        const steps = named.length ? named : missingFields(member)
        await startFor(
          bctx,
          registry,
          { ...member, contactId: member.contactId },
          steps.length ? steps : [...FACT_FIELDS],
          `${member.name}，你好！${INTRO}`,
        )
      },
    }),
    on.boundGroup({
      id: 'members.invite',
      commands: ['完善信息'],
      access: 'admin',
      help: {
        usage: '完善信息',
        summary: '请四个清楚不全的党员私聊填写（群里只发一条邀请）；完整比例见「信息完整度」',
      },
      run: (ctx) => inviteMissing(ctx, registry),
    }),
    on.branch({
      id: 'members.mine',
      commands: ['我的信息'],
      access: 'member',
      help: { usage: '我的信息', summary: '私信看自己的名册信息' },
      async run(ctx) {
        if (!ctx.member) return ctx.out.replyPrivately('请先报到（报到 <姓名>），才能查看自己的信息。')
        if (!ctx.msg.roomId) await notePrivateChat(ctx.db, ctx.member.id, ctx.clock.now())
        // The member the dispatcher knows may be a few seconds old: read the record itself.
        const fresh = (await findMember(ctx.db, ctx.member.id)) ?? ctx.member
        await ctx.out.replyPrivately(myInfoText(fresh))
        if (ctx.msg.roomId) await ctx.out.reply('已私信发给你。')
      },
    }),
    on.branch({
      id: 'members.completeness',
      commands: ['信息完整度'],
      access: 'admin',
      help: { usage: '信息完整度', summary: '四个清楚完整的比例；缺哪项的名单私信给你', unlisted: true },
      async run(ctx) {
        const members = await activeMembersOfBranch(ctx.db, ctx.branch.id)
        const text = completenessText(members)
        await ctx.out.reply(text.summary)
        if (text.detail) await ctx.out.replyPrivately(text.detail)
      },
    }),
  ]
}

function myInfoText(m: Member): string {
  const lines = [
    `${m.name}的信息（${STATUS_LABEL[m.status]}）：`,
    `手机号：${maskPhone(m.phone) || '未填'}`,
    `流出地党组织：${m.originOrg ?? '未填'}`,
    ...FACT_FIELDS.map((f) => `${FACT_LABEL[f]}：${m[f] ?? '未填'}`),
  ]
  const missing = missingFacts(m)
  lines.push(
    missing.length
      ? `还缺：${missing.join('、')}。私聊发「${FILL_WORD}」补上。`
      : `要修改，私聊发「${FILL_WORD} 城市」（或 单位、行业、创业、村干部）。`,
  )
  lines.push('手机号、流出地有误请告诉书记。')
  return lines.join('\n')
}

/** Counts for the group; who misses what, privately. */
export function completenessText(members: Member[]): { summary: string; detail: string | null } {
  const incomplete = members.filter((m) => missingFacts(m).length)
  const done = members.length - incomplete.length
  const share = members.length ? Math.round((done / members.length) * 100) : 0
  const perFact = FOUR_FACTS.map((fact) => {
    const n = incomplete.filter((m) => missingFacts(m).includes(fact.name)).length
    return `缺${fact.name} ${n}人`
  })
  const summary = incomplete.length
    ? `四个清楚完整 ${done}/${members.length} 人（${share}%）。${perFact.join('，')}。名单已私信发给你；发「完善信息」请他们私聊补全。`
    : `四个清楚完整 ${done}/${members.length} 人（${share}%）。`
  if (!incomplete.length) return { summary, detail: null }
  const lines = incomplete.map(
    (m) => `${m.name}：缺${missingFacts(m).join('、')}${m.contactId ? '' : '（未报到）'}`,
  )
  return { summary, detail: `四个清楚不全的党员（${incomplete.length}人）：\n${lines.join('\n')}` }
}

/**
 * One group message invites those the bot cannot write to yet; members who have written to the bot before get
 * their first question privately, in waves under the daily cap; those who never did 报到 are listed for the
 * secretary. Nobody is skipped silently.
 */
async function inviteMissing(ctx: BranchContext & { msg: { roomId: string } }, registry: AskingRegistry) {
  const members = (await activeMembersOfBranch(ctx.db, ctx.branch.id)).filter((m) => missingFacts(m).length)
  if (!members.length) return ctx.out.reply('本支部党员的四个清楚都已完整，不需要补充。')
  const reachable = members.filter((m): m is Member & { contactId: string } => m.contactId !== null)
  const unknown = members.filter((m) => m.contactId === null)
  const known = reachable.filter((m) => m.privateChatAt !== null)
  const toInvite = reachable.filter((m) => m.privateChatAt === null)
  const budget = await privateMessagesLeftToday(ctx)
  const now = known.slice(0, budget)
  const later = known.slice(budget)
  for (const m of now) await startFor(ctx, registry, m, missingFields(m), `${m.name}，你好！${INTRO}`)
  const lines = [`四个清楚不全的党员共${members.length}人。`]
  if (now.length) lines.push(`已私聊${now.length}人，请按提示回答。`)
  if (toInvite.length)
    lines.push(`请以下${toInvite.length}位党员加我为好友，私聊发送「${FILL_WORD}」，1分钟就能填完：`)
  if (later.length) lines.push(`今天私聊发送量已接近上限，另有${later.length}人明天再发「完善信息」继续。`)
  if (unknown.length) lines.push(`另有${unknown.length}人还没有报到，联系不上，名单已私信书记。`)
  // The invitation and the list of who cannot be reached are what the secretary asked for: they go out even
  // near the daily cap (two messages), while the private questions wait for room.
  await ctx.out.reply(
    { text: lines.join('\n'), mentionIds: toInvite.map((m) => m.contactId) },
    { important: true },
  )
  const detail = [
    unknown.length
      ? `未报到、机器人联系不上（${unknown.length}人）：${unknown.map((m) => m.name).join('、')}`
      : '',
    toInvite.length
      ? `已在群里邀请，等本人加好友私聊（${toInvite.length}人）：${toInvite.map((m) => m.name).join('、')}`
      : '',
    later.length
      ? `今天发送额度不够，明天继续（${later.length}人）：${later.map((m) => m.name).join('、')}`
      : '',
  ].filter(Boolean)
  if (detail.length) await ctx.out.replyPrivately(`完善信息：\n${detail.join('\n')}`, { important: true })
  await ctx.audit(
    '完善信息',
    'ok',
    `不全${members.length} 私聊${now.length} 邀请${toInvite.length} 未报到${unknown.length} 顺延${later.length}`,
  )
}
