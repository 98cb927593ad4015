// 通联台账 [季度]: the quarterly exchange, one .xlsx per home organisation, sent privately to the admin.
// Headers are ones 导入名册 and 对账 recognise, so the home organisation can send its own copy back.
import type ExcelJS from 'exceljs'
import { on, type BranchContext, type HandlerSpec } from '../types.js'
import { ROSTER_HEADERS } from '../attendance/workbook.js'
import { shanghaiDateKey } from '../shanghai.js'
import { findLost } from '../members/lost.js'
import type { Lost } from '../members/lost-rules.js'
import { hoursText } from '../members/service.js'
import { STATUS_LABEL } from '../members/status-labels.js'
import { dayText } from '../members/dates.js'
import { safeFileName, saveExport } from './files.js'
import { figuresByOrg, type MemberFigures, type OrgFigures } from './figures.js'
import { readQuarter, type Period } from './periods.js'

/** The roster export's own columns (without 备注), then the quarter's figures. */
export const QUARTERLY_HEADERS = [
  '序号',
  ...ROSTER_HEADERS.filter((h) => h !== '备注'),
  '状态',
  '本季度应参加',
  '实际参加',
  '请假',
  '缺席',
  '补课',
  '志愿服务次数',
  '志愿服务时长',
  '联系情况',
  '本季度变化',
]

export async function quarterlyWorkbook(
  branchName: string,
  period: Period,
  org: OrgFigures,
  lost: Lost[],
  madeAt: Date,
): Promise<ExcelJS.Workbook> {
  const { default: Excel } = await import('exceljs')
  const wb = new Excel.Workbook()
  const sheet = wb.addWorksheet('通联台账')
  sheet.addRow([`${period.label}流动党员通联台账`])
  sheet.addRow([
    `流出地党组织：${org.originOrg}；流入地党组织：${branchName}；填报日期：${shanghaiDateKey(madeAt)}`,
  ])
  sheet.addRow(QUARTERLY_HEADERS)
  org.members.forEach((f, i) => sheet.addRow(memberRow(i + 1, f, lost)))
  sheet.getRow(1).font = { bold: true, size: 14 }
  sheet.getRow(3).font = { bold: true }
  sheet.columns.forEach((c, i) => (c.width = i === 0 ? 6 : i === 4 || i === 19 ? 28 : 12))
  const changes = wb.addWorksheet('状态变化')
  changes.addRow(['日期', '姓名', '变化'])
  for (const f of org.members)
    for (const c of f.changes) changes.addRow([shanghaiDateKey(c.at), f.member.name, c.text])
  changes.getRow(1).font = { bold: true }
  return wb
}

function memberRow(n: number, f: MemberFigures, lost: Lost[]): (string | number)[] {
  const m = f.member
  const c = f.counts
  return [
    n,
    m.name,
    m.phone ?? '',
    m.category ?? '',
    m.originOrg ?? '',
    m.city ?? '',
    m.employer ?? '',
    m.industry ?? '',
    m.returnWish ?? '',
    m.cadreWish ?? '',
    STATUS_LABEL[m.status],
    c.expected,
    c.present,
    c.leave,
    c.absent,
    f.makeups,
    f.serviceTimes,
    f.serviceMinutes ? hoursText(f.serviceMinutes) : '',
    contactState(m.id, lost),
    f.changes.map((x) => `${dayText(x.at)}${x.text}`).join('；'),
  ]
}

function contactState(memberId: number, lost: Lost[]): string {
  const l = lost.find((x) => x.member.id === memberId)
  if (!l) return '正常'
  return `${l.outOfManagement ? '脱管脱联' : '失联'}：${l.reasons.join('、')}`
}

export const quarterlyHandler: HandlerSpec = on.branch({
  id: 'ledger.quarterly',
  commands: ['通联台账'],
  access: 'admin',
  help: {
    usage: '通联台账 [本季度|上季度|2026年第3季度]',
    summary: '每个流出地党组织一份季度通联台账（Excel），私信给你',
  },
  async run(ctx) {
    const period = readQuarter(ctx.args, ctx.clock.now())
    if (!period) return ctx.out.reply('没看懂季度。例如：通联台账、通联台账 上季度、通联台账 2026年第3季度')
    await sendQuarterly(ctx, period)
  },
})

async function sendQuarterly(ctx: BranchContext, period: Period): Promise<void> {
  const [orgs, lost] = await Promise.all([figuresByOrg(ctx.db, ctx.branch.id, period), findLost(ctx)])
  if (!orgs.length) return ctx.out.reply(`${period.label}名册里没有党员，无法生成通联台账。`)
  const now = ctx.clock.now()
  for (const org of orgs) {
    const name = `${safeFileName(org.originOrg)}-${period.label}通联台账-${now.getTime()}.xlsx`
    const file = await saveExport(ctx, name, await quarterlyWorkbook(ctx.branch.name, period, org, lost, now))
    await ctx.out.sendFileToContact(ctx.msg.talkerId, file)
  }
  const people = orgs.reduce((sum, o) => sum + o.members.length, 0)
  await ctx.audit('通联台账', 'ok', `${period.label}：${orgs.length}份，${people}人`)
  await ctx.out.reply(
    `${period.label}通联台账已生成：${orgs.length}个流出地党组织、${people}名党员，每个党组织一份 Excel，已私信发给你，可转发给流出地党组织。`,
  )
}
