// 报到 <姓名>: a member links their WeChat account to their roster entry. Clashing names need the phone's last four digits.
import { findMemberByContact, findMembersByName } from '../../prisma/repos/core/members.js'
import { linkContactIfFree } from '../../prisma/repos/roster/checkin.js'
import { on, type GroupContext, type HandlerSpec, type Incoming, type Member } from '../types.js'
import { parseNameQuery, phoneEndsWith, shownName } from './names.js'

const PENDING_MINUTES = 10
const MAX_ATTEMPTS = 5

interface PendingCheckin {
  branchId: number
  name: string
  expiresAt: number
  attempts: number
}

/** Who was asked for the last four digits, keyed by room and talker. In memory: a restart just asks again. */
class PendingCheckins {
  readonly #byKey = new Map<string, PendingCheckin>()
  readonly #key = (msg: Pick<Incoming, 'roomId' | 'talkerId'>) => `${msg.roomId ?? ''}|${msg.talkerId}`

  remember(ctx: GroupContext, name: string): void {
    const now = ctx.clock.now().getTime()
    for (const [key, entry] of this.#byKey) if (entry.expiresAt <= now) this.#byKey.delete(key)
    this.#byKey.set(this.#key(ctx.msg), {
      branchId: ctx.branch.id,
      name,
      expiresAt: now + PENDING_MINUTES * 60_000,
      attempts: 0,
    })
  }

  of(msg: Pick<Incoming, 'roomId' | 'talkerId'>): PendingCheckin | undefined {
    return this.#byKey.get(this.#key(msg))
  }

  forget(msg: Pick<Incoming, 'roomId' | 'talkerId'>): void {
    this.#byKey.delete(this.#key(msg))
  }
}

/** 报到 and the four-digit follow-up; each bot instance keeps its own pending questions. */
export function checkinHandlers(): HandlerSpec[] {
  const pending = new PendingCheckins()
  const checkIn = on.boundGroup({
    id: 'checkin',
    commands: ['报到'],
    access: 'anyone',
    help: { usage: '报到 <姓名>', summary: '把你的微信和名册里的名字对应起来' },
    async run(ctx) {
      const { name, lastFour } = parseNameQuery(ctx.args)
      if (!name || /^\d+$/.test(name)) return ctx.out.reply('请写上名册里的姓名，例如：报到 张三')
      await checkInAs(ctx, pending, name, lastFour)
    },
  })
  const checkInDigits = on.boundGroup({
    id: 'checkin.last-four',
    hears: (msg) => {
      const entry = pending.of(msg)
      return entry !== undefined && /^\d{4}$/.test(msg.text.trim()) && msg.at.getTime() < entry.expiresAt
    },
    access: 'anyone',
    async run(ctx) {
      const entry = pending.of(ctx.msg)
      if (!entry) return
      if (entry.expiresAt <= ctx.clock.now().getTime() || entry.branchId !== ctx.branch.id) {
        pending.forget(ctx.msg)
        return ctx.out.reply(`已超过${PENDING_MINUTES}分钟，请重新发送：报到 ${shownName(entry.name)}`)
      }
      entry.attempts += 1
      if (entry.attempts >= MAX_ATTEMPTS) pending.forget(ctx.msg)
      await checkInAs(ctx, pending, entry.name, ctx.msg.text.trim())
    },
  })
  return [checkIn, checkInDigits]
}

async function checkInAs(
  ctx: GroupContext,
  pending: PendingCheckins,
  name: string,
  lastFour: string | null,
): Promise<void> {
  const { branch } = ctx
  const shown = shownName(name)
  const mine = await findMemberByContact(ctx.db, branch.id, ctx.msg.talkerId)
  if (mine) {
    pending.forget(ctx.msg)
    if (mine.name === name) return ctx.out.reply(`${mine.name}，你已经报到过了，不用重复报到。`)
    return ctx.out.reply(
      `你的微信已经报到为“${mine.name}”，一个微信只能对应一名党员。如有错误，请联系书记处理。`,
    )
  }
  const candidates = await findMembersByName(ctx.db, branch.id, name)
  if (candidates.length === 0) {
    return ctx.out.reply(
      `名册里没有找到“${shown}”。请核对姓名是否和名册一致，或请书记把你加进名册；也可以发「登记」自助登记。`,
    )
  }
  if (candidates.length > 1 && !lastFour) {
    pending.remember(ctx, name)
    return ctx.out.reply(
      `名册里有 ${candidates.length} 位“${shown}”。请回复你手机号的后四位，例如：报到 ${shown} 5678（10分钟内直接回复4位数字也可以）。`,
    )
  }
  const matching = lastFour ? candidates.filter((c) => phoneEndsWith(c.phone, lastFour)) : candidates
  if (matching.length !== 1 || !matching[0]) {
    return ctx.out.reply(
      matching.length === 0
        ? '手机号后四位和名册对不上。请核对后再试，或联系书记。'
        : '还是无法确定是哪一位，请联系书记帮你关联。',
    )
  }
  await linkTo(ctx, pending, matching[0], shown)
}

async function linkTo(ctx: GroupContext, pending: PendingCheckins, member: Member, shown: string) {
  const taken = `“${shown}”已经由另一个微信报到了。如果那不是你，请联系书记处理。`
  if (member.contactId) return ctx.out.reply(taken)
  const linked = await linkContactIfFree(
    ctx.db,
    member.id,
    { id: ctx.msg.talkerId, name: ctx.msg.talkerName },
    ctx.clock.now(),
  )
  if (!linked) return ctx.out.reply(taken)
  ctx.services.forgetPeople()
  pending.forget(ctx.msg)
  ctx.log.info({ memberId: member.id }, 'member checked in')
  // Confirmations are folded into one group message per minute, naming everyone who checked in.
  await ctx.out.reply(member.name, { batch: 'checkin' })
}
