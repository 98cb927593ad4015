// 接受对账 <编号…|全部>: writes accepted changes of the latest 对账 into the roster, each audited with a history row.
import { z } from 'zod'
import type { BranchContext } from '../types.js'
import {
  acceptAddition,
  acceptChange,
  latestReconciliation,
  type MemberFields,
} from '../../prisma/repos/ledger/reconciliations.js'
import { findMember, memberIdNumberTaken } from '../../prisma/repos/core/members.js'
import { COMPARED, COMPARED_LABEL } from './reconcile.js'

const homeSide = z.object({
  name: z.string(),
  phone: z.string().nullable(),
  idNumber: z.string().nullable(),
  originOrg: z.string().nullable(),
  city: z.string().nullable(),
  employer: z.string().nullable(),
  industry: z.string().nullable(),
})
type HomeSide = z.infer<typeof homeSide>
const fieldList = z.array(z.enum(COMPARED))

type Item = NonNullable<Awaited<ReturnType<typeof latestReconciliation>>>['items'][number]

export const ACCEPT_USAGE = '接受对账 <编号…|全部>'

export async function acceptReconciliation(ctx: BranchContext): Promise<void> {
  const latest = await latestReconciliation(ctx.db, ctx.branch.id)
  if (!latest) return ctx.out.reply('还没有对账记录。请先发「对账」，再发流出地党组织的台账。')
  const wanted = chosenNumbers(ctx.args, latest.items)
  if (typeof wanted === 'string') return ctx.out.reply(wanted)
  const source = `双向对账（${latest.originOrg ?? latest.fileName}）`
  const lines: string[] = []
  for (const item of wanted) lines.push(`${item.no}. ${await acceptItem(ctx, item, source)}`)
  ctx.services.forgetPeople()
  await ctx.out.reply(`第${latest.id}次对账：\n${lines.join('\n')}`)
}

function chosenNumbers(args: string, items: Item[]): Item[] | string {
  const open = items.filter((i) => i.state === 'open' && (i.kind === 'conflict' || i.kind === 'homeOnly'))
  if (/^(全部|所有)$/u.test(args.trim())) return open.length ? open : '这次对账没有待接受的更改了。'
  const numbers = args.match(/\d+/g)?.map(Number) ?? []
  if (!numbers.length) return `请写编号（见私信的对账明细），例如：接受对账 1 3，或：接受对账 全部`
  const chosen: Item[] = []
  for (const no of numbers) {
    const item = items.find((i) => i.no === no)
    if (!item) return `这次对账没有第${no}项。`
    chosen.push(item)
  }
  return chosen
}

async function acceptItem(ctx: BranchContext, item: Item, source: string): Promise<string> {
  if (item.state !== 'open') return `${item.name}：已经处理过了`
  if (item.kind !== 'conflict' && item.kind !== 'homeOnly')
    return `${item.name}：${item.kind === 'hostOnly' ? '请与流出地党组织核实，名册不用改' : '不需要改名册'}`
  const home = homeSide.parse(JSON.parse(item.home))
  const at = ctx.clock.now()
  const decision: Decision = { itemId: item.id, by: ctx.msg.talkerId, at }
  const event: EventBase = { branchId: ctx.branch.id, at, by: ctx.msg.talkerId, createdAt: at }
  if (item.kind === 'homeOnly') {
    const data = { ...fromHome(home), note: `${source}新增，待联系`, createdAt: at }
    if (data.idNumber && (await memberIdNumberTaken(ctx.db, ctx.branch.id, data.idNumber)))
      delete data.idNumber
    await acceptAddition(ctx.db, {
      ...decision,
      branchId: ctx.branch.id,
      data,
      event: { ...event, kind: 'added', detail: `${source}：台账有、本支部没有，已加入名册待联系` },
    })
    await ctx.audit('接受对账', 'ok', `第${item.no}项 ${home.name}：加入名册`)
    return `${home.name} 已加入名册（待联系）`
  }
  return acceptConflict(ctx, item, home, { decision, event, source })
}

async function acceptConflict(
  ctx: BranchContext,
  item: Item,
  home: HomeSide,
  o: { decision: Decision; event: EventBase; source: string },
): Promise<string> {
  const member = item.memberId ? await findMember(ctx.db, item.memberId) : null
  if (!member || member.branchId !== ctx.branch.id) return `${item.name}：名册里已经没有这个人了`
  const fields = fieldList.parse(JSON.parse(item.fields))
  const data: MemberFields = {}
  for (const f of fields) data[f] = home[f]
  if (home.idNumber && !member.idNumber && !(await memberIdNumberTaken(ctx.db, ctx.branch.id, home.idNumber)))
    data.idNumber = home.idNumber
  if (home.originOrg && !member.originOrg) data.originOrg = home.originOrg
  const labels = fields.map((f) => COMPARED_LABEL[f]).join('、')
  await acceptChange(ctx.db, {
    ...o.decision,
    memberId: member.id,
    data,
    event: { ...o.event, kind: 'reconciled', detail: `${o.source}更新：${labels}` },
  })
  await ctx.audit('接受对账', 'ok', `第${item.no}项 ${member.name}：更新${labels}`)
  return `${member.name} 已按台账更新${labels}`
}

interface Decision {
  itemId: number
  by: string
  at: Date
}

interface EventBase {
  branchId: number
  at: Date
  by: string
  createdAt: Date
}

function fromHome(home: HomeSide): MemberFields & { name: string } {
  return {
    name: home.name,
    phone: home.phone,
    idNumber: home.idNumber,
    originOrg: home.originOrg,
    city: home.city,
    employer: home.employer,
    industry: home.industry,
  }
}
