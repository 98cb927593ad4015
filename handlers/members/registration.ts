// 党员找党组织: someone in the group who is not on the roster registers as a 流入党员 in a private conversation
// (登记); they stay pending until an admin confirms (确认 @某人) or rejects (拒绝 @某人 [原因]).
import { on, type BranchContext, type Context, type HandlerSpec } from '../types.js'
import { membersOfBranch } from '../../prisma/repos/core/members.js'
import {
  startConversation,
  unfinishedConversation,
  updateConversation,
} from '../../prisma/repos/members/conversations.js'
import {
  confirmRegistration,
  createRegistration,
  pendingRegistrationOfContact,
  pendingRegistrations,
  rejectRegistration,
  type Registration,
} from '../../prisma/repos/members/registrations.js'
import { matchPeople } from '../roster/match.js'
import { cleanName } from '../roster/names.js'
import { resumeConversation, type AskingRegistry, type Finish } from './conversation.js'
import type { QuestionKey } from './questions.js'
import { z } from 'zod'

const WORD = '登记'
const STEPS: QuestionKey[] = ['name', 'originOrg', 'phone', 'city']
const answersSchema = z.record(z.string(), z.string())

export function registrationFinish(ctx: Context): Finish {
  return {
    resumeWord: WORD,
    skippable: false,
    async save(convo, key, value) {
      const answers = { ...answersSchema.parse(JSON.parse(convo.answers)), [key]: value }
      convo.answers = JSON.stringify(answers)
      await updateConversation(ctx.db, convo.id, { answers: convo.answers })
    },
    async finish(convo) {
      const a = answersSchema.parse(JSON.parse(convo.answers))
      const registration = await createRegistration(ctx.db, {
        branchId: convo.branchId,
        roomId: convo.roomId,
        contactId: convo.contactId,
        contactName: ctx.msg.talkerName,
        name: a.name ?? ctx.msg.talkerName,
        originOrg: a.originOrg ?? '',
        phone: a.phone ?? '',
        city: a.city ?? null,
        createdAt: ctx.clock.now(),
      })
      if (convo.roomId) await ctx.out.sendToRoom(convo.roomId, pendingNotice(registration))
      return '已提交登记，等支部书记、委员确认后就加入名册，到时我会告诉你。'
    },
  }
}

const pendingNotice = (r: Registration) =>
  `党员找党组织：${r.name}（流出地：${r.originOrg}）登记为流入党员，等待确认。请书记、委员核实后发「确认 @${r.contactName}」或「拒绝 @${r.contactName} 原因」。`

export function registrationHandlers(registry: AskingRegistry): HandlerSpec[] {
  return [
    on.anywhere({
      id: 'members.register',
      commands: [WORD],
      access: 'anyone',
      help: { usage: WORD, summary: '不在名册的党员自助登记（报到找不到名字时会提示）', unlisted: true },
      async run(ctx) {
        if (ctx.msg.roomId) return startInGroup(ctx, ctx.msg.roomId)
        const open = await unfinishedConversation(ctx.db, ctx.msg.talkerId, 'registration')
        if (!open) return ctx.out.reply(`请先在支部群里发送「${WORD}」，我才知道你要加入哪个支部。`)
        await resumeConversation(
          ctx,
          registry,
          open,
          '你好！登记需要回答几个问题。回复「暂停」可以随时停下。',
        )
      },
    }),
    on.branch({
      id: 'members.confirm',
      commands: ['确认'],
      access: 'admin',
      help: {
        usage: '确认 [@某人|姓名]',
        summary: '确认党员的自助登记，加入名册（不写人名则列出待确认；不通过用「拒绝」）',
        unlisted: true,
      },
      run: (ctx) => decide(ctx, 'confirm'),
    }),
    on.branch({
      id: 'members.reject',
      commands: ['拒绝'],
      access: 'admin',
      help: { usage: '拒绝 @某人|姓名 [原因]', summary: '不通过某人的自助登记', unlisted: true },
      run: (ctx) => decide(ctx, 'reject'),
    }),
  ]
}

async function startInGroup(ctx: Context, roomId: string): Promise<void> {
  if (!ctx.branch) return ctx.out.reply('本群还没有绑定支部。请书记发送：绑定支部 <支部名称>')
  if (ctx.member) return ctx.out.reply(`${ctx.member.name}，你已经在名册里了，不用登记。`)
  if (await pendingRegistrationOfContact(ctx.db, ctx.msg.talkerId))
    return ctx.out.reply('你的登记已经提交，正在等书记、委员确认。')
  await startConversation(ctx.db, {
    contactId: ctx.msg.talkerId,
    branchId: ctx.branch.id,
    roomId,
    memberId: null,
    kind: 'registration',
    state: 'invited',
    steps: JSON.stringify(STEPS),
    answers: '{}',
    at: ctx.clock.now(),
  })
  await ctx.out.reply(
    `欢迎！请先加我为好友，再私聊我发送「${WORD}」，按提示填写姓名、流出地党组织和手机号（手机号不要发在群里）。书记、委员确认后加入名册。`,
  )
}

async function decide(ctx: BranchContext, action: 'confirm' | 'reject'): Promise<void> {
  const pending = await pendingRegistrations(ctx.db, ctx.branch.id)
  const word = action === 'confirm' ? '确认' : '拒绝'
  if (!ctx.args && !ctx.msg.mentions.length) {
    if (!pending.length) return ctx.out.reply('没有等待确认的登记。')
    const lines = pending.map((r) => `${r.name}（流出地：${r.originOrg}，@${r.contactName}）`)
    return ctx.out.reply(
      `等待确认的登记${pending.length}人：\n${lines.join('\n')}\n发「确认 @某人」或「拒绝 @某人 原因」。`,
    )
  }
  const mention = ctx.msg.mentions[0]
  const [first, ...rest] = ctx.args.replace(/@\S+/gu, ' ').trim().split(/\s+/u)
  const byName = mention ? [] : pending.filter((r) => r.name === cleanName(first ?? ''))
  const found = mention ? pending.filter((r) => r.contactId === mention.id) : byName
  const reason = (mention ? [first, ...rest] : rest).filter(Boolean).join(' ')
  const [registration, ...more] = found
  if (!registration)
    return ctx.out.reply(
      `没有找到${mention ? mention.name : (first ?? '')}的待确认登记。发「确认」查看名单。`,
    )
  if (more.length) return ctx.out.reply(`有${found.length}个同名的登记，请 @ 本人。`)
  if (action === 'reject') return reject(ctx, registration, reason)
  await confirm(ctx, registration, word)
}

async function confirm(ctx: BranchContext, registration: Registration, word: string): Promise<void> {
  const members = await membersOfBranch(ctx.db, ctx.branch.id)
  const row = { name: registration.name, phone: registration.phone, idNumber: null }
  const [match] = matchPeople([row], members).rows
  const linked = members.find((m) => m.contactId === registration.contactId)
  const same = linked ?? (match?.kind === 'matched' && match.by === 'phone' ? match.member : null)
  if (same) {
    await ctx.audit(word, 'rejected', `${registration.name}：与名册中的${same.name}重复`)
    return ctx.out.reply(
      `${registration.name}的手机号或微信与名册中的“${same.name}”相同，可能已在名册里。请核对，需要时用「关联成员 @某人 ${same.name}」。`,
    )
  }
  const at = ctx.clock.now()
  const member = await confirmRegistration(ctx.db, { registration, by: ctx.msg.talkerId, at })
  ctx.services.forgetPeople()
  await ctx.audit(word, 'ok', `${member.name}：自助登记加入名册（流入党员）`)
  await ctx.out.reply(`已确认：${member.name}加入名册（流入党员），欢迎！`)
  await ctx.out.sendToContact(
    registration.contactId,
    `${member.name}，你的登记已经确认，欢迎加入${ctx.branch.name}！以后在群里发「签到」参加活动，发「帮助」查看命令。`,
  )
}

async function reject(ctx: BranchContext, registration: Registration, reason: string): Promise<void> {
  await rejectRegistration(ctx.db, { registration, by: ctx.msg.talkerId, at: ctx.clock.now(), reason })
  await ctx.audit('拒绝', 'ok', `${registration.name}：${reason || '未写原因'}`)
  await ctx.out.reply(`已拒绝${registration.name}的登记。`)
  await ctx.out.sendToContact(
    registration.contactId,
    `你的登记没有通过${reason ? `：${reason}` : ''}。如有疑问，请联系支部书记。`,
  )
}
