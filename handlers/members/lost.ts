// 失联名单 (who the branch cannot reach, and why) and 联系 (each attempt to reach them, logged). A member reached
// is cleared; one still unreached after the branch's limit is marked 脱管脱联 and reported to the home organisation.
import { on, type BranchContext, type HandlerSpec, type Member } from '../types.js'
import { findBranchById } from '../../prisma/repos/core/groups.js'
import {
  contactAttemptsOfBranch,
  logContactAttempt,
  recentClosedSessions,
  type ContactMethod,
} from '../../prisma/repos/members/contacts.js'
import { activeMembersOfBranch } from '../../prisma/repos/core/members.js'
import { resolveTarget } from '../attendance/target.js'
import { hideNumbers } from '../roster/names.js'
import { dayText } from './dates.js'
import { lostMembers, type Lost, type LostSettings } from './lost-rules.js'

const USAGE = '联系 <姓名|@某人> <电话|微信|家书|上门> <联系上|未联系上> [备注]'
export const METHOD_WORDS: Record<string, ContactMethod> = {
  电话: 'phone',
  打电话: 'phone',
  微信: 'wechat',
  家书: 'letter',
  写信: 'letter',
  信: 'letter',
  上门: 'visit',
  走访: 'visit',
}
export const METHOD_LABEL: Record<ContactMethod, string> = {
  phone: '电话',
  wechat: '微信',
  letter: '家书',
  visit: '上门',
}
const WRONG_NUMBER = /空号|停机|错号|号码错|号码有误|不是本人|非本人/u
/** How many past sessions are read to find a run of absences. */
const SESSIONS_READ = 60

/** The branch's lost members now (also used by the quarterly exchange). */
export async function findLost(ctx: Pick<BranchContext, 'db' | 'clock' | 'branch'>): Promise<Lost[]> {
  const branch = (await findBranchById(ctx.db, ctx.branch.id)) ?? ctx.branch
  const [members, sessions, attempts] = await Promise.all([
    activeMembersOfBranch(ctx.db, branch.id),
    recentClosedSessions(ctx.db, branch.id, SESSIONS_READ),
    contactAttemptsOfBranch(ctx.db, branch.id),
  ])
  return lostMembers(members, sessions, attempts, settingsOf(branch), ctx.clock.now())
}

const settingsOf = (b: LostSettings): LostSettings => ({
  lostAfterSessions: b.lostAfterSessions,
  checkinWithinDays: b.checkinWithinDays,
  outOfManagementAttempts: b.outOfManagementAttempts,
})

function lostLine(l: Lost): string {
  const last = l.failedAttempts.at(-1)
  const tries = l.failedAttempts.length
    ? `；已联系${l.failedAttempts.length}次未联系上（最近${dayText(last?.at ?? l.since)}）`
    : '；还没有联系记录'
  return `${l.member.name}：${l.reasons.join('、')}${tries}`
}

export const lostHandlers: HandlerSpec[] = [
  on.branch({
    id: 'members.lost',
    commands: ['失联名单'],
    access: 'admin',
    help: {
      usage: '失联名单',
      summary: '连续缺席、长期未报到、手机号有误的党员；明细私信；联系后用「联系」记录',
    },
    async run(ctx) {
      const lost = await findLost(ctx)
      if (!lost.length) return ctx.out.reply('目前没有失联的党员。')
      const out = lost.filter((l) => l.outOfManagement)
      const count = (text: string) => lost.filter((l) => l.reasons.some((r) => r.includes(text))).length
      await ctx.out.reply(
        `失联预警 ${lost.length} 人（连续缺席 ${count('缺席')}，未报到 ${count('未报到')}，手机号有误 ${count('手机号')}），其中脱管脱联 ${out.length} 人。明细已私信发给你；联系后发「${USAGE}」记录。`,
      )
      const lines = lost.map((l) => `${l.outOfManagement ? '【脱管脱联】' : ''}${lostLine(l)}`)
      await ctx.out.replyPrivately(`失联名单（${lost.length}人）：\n${lines.join('\n')}`)
    },
  }),
  on.branch({
    id: 'members.contact',
    commands: ['联系'],
    access: 'admin',
    help: { usage: USAGE, summary: '记录一次找党员的联系；联系上即移出失联名单', unlisted: true },
    run: logAttempt,
  }),
]

async function logAttempt(ctx: BranchContext): Promise<void> {
  const target = await resolveTarget(ctx, USAGE)
  if (!target.ok) return ctx.out.reply(target.message)
  const [methodWord, resultWord, ...noteWords] = target.rest.split(/\s+/u)
  const method = METHOD_WORDS[methodWord ?? '']
  const reached =
    resultWord === '联系上' ? true : resultWord === '未联系上' || resultWord === '没联系上' ? false : null
  if (!method || reached === null) return ctx.out.reply(`请写清方式和结果：${USAGE}`)
  const note = noteWords.join(' ').slice(0, 200)
  const { member } = target
  const before = (await findLost(ctx)).find((l) => l.member.id === member.id)
  const at = ctx.clock.now()
  const wrongNumber = !reached && method === 'phone' && WRONG_NUMBER.test(note)
  const attempt = {
    branchId: ctx.branch.id,
    memberId: member.id,
    method,
    reached,
    wrongNumber,
    note,
    by: ctx.msg.talkerId,
    at,
  }
  const failed = (before?.failedAttempts.length ?? 0) + (reached ? 0 : 1)
  const limit =
    (await findBranchById(ctx.db, ctx.branch.id))?.outOfManagementAttempts ??
    ctx.branch.outOfManagementAttempts
  const nowOut = !reached && before !== undefined && !member.outOfManagementAt && failed >= limit
  const event = (kind: 'found' | 'outOfManagement', detail: string) => ({
    branchId: ctx.branch.id,
    kind,
    at,
    detail,
    by: ctx.msg.talkerId,
    createdAt: at,
  })
  await logContactAttempt(
    ctx.db,
    attempt,
    reached
      ? { phoneWrongAt: null, outOfManagementAt: null }
      : { ...(wrongNumber ? { phoneWrongAt: at } : {}), ...(nowOut ? { outOfManagementAt: at } : {}) },
    reached && before
      ? event('found', `${METHOD_LABEL[method]}联系上，移出失联名单`)
      : nowOut
        ? event('outOfManagement', `联系${failed}次未联系上，标记为脱管脱联`)
        : null,
  )
  await ctx.audit(
    '联系',
    'ok',
    `${member.name} ${METHOD_LABEL[method]} ${reached ? '联系上' : '未联系上'} ${hideNumbers(note)}`.trim(),
  )
  await ctx.out.reply(
    attemptReply(member, { reached, wasLost: before !== undefined, failed, nowOut, wrongNumber, method }),
  )
}

function attemptReply(
  member: Member,
  r: {
    reached: boolean
    wasLost: boolean
    failed: number
    nowOut: boolean
    wrongNumber: boolean
    method: ContactMethod
  },
): string {
  const how = METHOD_LABEL[r.method]
  if (r.reached) return `已记录：${how}联系上${member.name}。${r.wasLost ? '已移出失联名单。' : ''}`
  const wrong = r.wrongNumber ? '手机号记为有误，请设法取得新号码。' : ''
  if (r.nowOut)
    return `已记录：${how}未联系上${member.name}，累计${r.failed}次，已标记为脱管脱联，将列入通联台账报流出地党组织。${wrong}`
  return `已记录：${how}未联系上${member.name}${r.wasLost ? `（累计${r.failed}次）` : ''}。${wrong}`
}
