// The branch's evaluation and 奖惩建议 per member for the year-end letter: 年度评价 by command, or 评价表 (the bot
// prepares a sheet) filled in and sent back with 导入评价.
import { on, type BranchContext, type HandlerSpec } from '../types.js'
import { saveReview, saveReviews, type ReviewWrite } from '../../prisma/repos/ledger/reports.js'
import { membersOfBranch } from '../../prisma/repos/core/members.js'
import { resolveTarget } from '../attendance/target.js'
import { hoursText } from '../members/service.js'
import { cleanName } from '../roster/names.js'
import { readTableFile, RosterFileError } from '../roster/parse.js'
import { normalizeHeader } from '../roster/headers.js'
import type { Table } from '../roster/tables.js'
import { shanghaiParts } from '../shanghai.js'
import { safeFileName, saveExport } from './files.js'
import { figuresByOrg } from './figures.js'
import { readYear } from './periods.js'

const USAGE = '年度评价 [年份] <姓名|@某人> <评价> [奖惩建议]'
export const REVIEW_FILE_HANDLER_ID = 'ledger.review-file'
const MAX_EVALUATION = 50
const MAX_SUGGESTION = 200
export const SHEET_HEADERS = [
  '编号',
  '姓名',
  '流出地党组织',
  '应参加',
  '实际参加',
  '补课',
  '志愿服务',
  '职务',
  '年度评价',
  '奖惩建议',
]

/** `2026 张三 …` → the year and the rest; the current year when none is written. */
function yearFirst(args: string, now: Date): { year: number; rest: string } {
  const m = /^(\d{4})年?(?:度)?\s+(.*)$/u.exec(args.trim())
  return m ? { year: Number(m[1]), rest: m[2] ?? '' } : { year: shanghaiParts(now).year, rest: args.trim() }
}

async function reviewByCommand(ctx: BranchContext): Promise<void> {
  const { year, rest } = yearFirst(ctx.args, ctx.clock.now())
  const target = await resolveTarget({ ...ctx, args: rest }, USAGE)
  if (!target.ok) return ctx.out.reply(target.message)
  const [evaluation, ...suggestion] = target.rest.split(/\s+/u).filter(Boolean)
  if (!evaluation) return ctx.out.reply(`请写评价，例如：年度评价 张三 优秀 建议予以表扬\n用法：${USAGE}`)
  const text = suggestion.join(' ')
  if (evaluation.length > MAX_EVALUATION || text.length > MAX_SUGGESTION)
    return ctx.out.reply(`评价请在${MAX_EVALUATION}字以内，奖惩建议${MAX_SUGGESTION}字以内。`)
  await saveReview(ctx.db, {
    memberId: target.member.id,
    year,
    evaluation,
    suggestion: text,
    by: ctx.msg.talkerId,
    at: ctx.clock.now(),
  })
  await ctx.audit('年度评价', 'ok', `${year} ${target.member.name}：${evaluation}`)
  await ctx.out.reply(
    `已记下${target.member.name}${year}年度评价：${evaluation}${text ? `；奖惩建议：${text}` : ''}。`,
  )
}

async function sendSheet(ctx: BranchContext): Promise<void> {
  const period = readYear(ctx.args, ctx.clock.now())
  if (!period) return ctx.out.reply('没看懂年份。例如：评价表、评价表 2026')
  const orgs = await figuresByOrg(ctx.db, ctx.branch.id, period)
  const { default: Excel } = await import('exceljs')
  const wb = new Excel.Workbook()
  const sheet = wb.addWorksheet(`${period.year}年度评价`)
  sheet.addRow([`${period.year}年度党员表现评价表（${ctx.branch.name}）：请填写最后两列，不要改动编号`])
  sheet.addRow(SHEET_HEADERS)
  for (const f of orgs.flatMap((o) => o.members))
    sheet.addRow([
      f.member.id,
      f.member.name,
      f.member.originOrg ?? '',
      f.counts.expected,
      f.counts.present,
      f.makeups,
      hoursText(f.serviceMinutes),
      f.roles.join('、'),
      f.review?.evaluation ?? '',
      f.review?.suggestion ?? '',
    ])
  sheet.getRow(2).font = { bold: true }
  const name = `${safeFileName(ctx.branch.name)}-${period.year}年度评价表-${ctx.clock.now().getTime()}.xlsx`
  await ctx.out.sendFileToContact(ctx.msg.talkerId, await saveExport(ctx, name, wb))
  await ctx.out.reply(
    `${period.year}年度评价表已私信发给你：填好“年度评价”“奖惩建议”两列后，发「导入评价」再把文件发给我。`,
  )
}

interface SheetRow {
  row: number
  id: number | null
  name: string
  evaluation: string
  suggestion: string
}

function readSheet(tables: Table[], fallbackYear: number): { year: number; rows: SheetRow[] } {
  const isHeader = (cells: string[]) => cells.map(normalizeHeader).includes('年度评价')
  const table = tables.find((t) => t.cells.slice(0, 10).some(isHeader))
  const headerIndex = table?.cells.findIndex(isHeader) ?? -1
  if (!table || headerIndex < 0)
    throw new RosterFileError('没有找到“年度评价”列。请用「评价表」发给你的表格填写。')
  const header = (table.cells[headerIndex] ?? []).map(normalizeHeader)
  const col = (name: string) => header.indexOf(name)
  const [idCol, nameCol, evalCol, suggestionCol] = [
    col('编号'),
    col('姓名'),
    col('年度评价'),
    col('奖惩建议'),
  ]
  if (nameCol < 0) throw new RosterFileError('没有找到“姓名”列。请用「评价表」发给你的表格填写。')
  const title = table.cells.slice(0, headerIndex).flat().join(' ')
  const year = Number(/(\d{4})年度/u.exec(title)?.[1] ?? fallbackYear)
  const rows = table.cells.slice(headerIndex + 1).map((cells, i) => ({
    row: table.rowNumbers[headerIndex + 1 + i] ?? headerIndex + 2 + i,
    id: /^\d+$/.test(cells[idCol] ?? '') ? Number(cells[idCol]) : null,
    name: cleanName(cells[nameCol] ?? ''),
    evaluation: (cells[evalCol] ?? '').trim(),
    suggestion: suggestionCol < 0 ? '' : (cells[suggestionCol] ?? '').trim(),
  }))
  return { year, rows: rows.filter((r) => r.name || r.evaluation) }
}

async function importSheet(ctx: BranchContext): Promise<void> {
  const file = ctx.msg.file
  if (!file) return ctx.out.reply('没有收到文件。请重新发送「导入评价」，再发评价表。')
  let sheet: { year: number; rows: SheetRow[] }
  try {
    sheet = readSheet(await readTableFile(await file.read(), file.name), shanghaiParts(ctx.clock.now()).year)
  } catch (error) {
    if (!(error instanceof RosterFileError)) throw error
    await ctx.audit('导入评价', 'rejected', `${file.name}: ${error.userMessage}`)
    return ctx.out.reply(`评价没有导入：${error.userMessage}`)
  }
  const members = await membersOfBranch(ctx.db, ctx.branch.id)
  const problems: string[] = []
  const writes: ReviewWrite[] = []
  let blank = 0
  const at = ctx.clock.now()
  for (const r of sheet.rows) {
    const byId = r.id === null ? undefined : members.find((m) => m.id === r.id)
    const byName = members.filter((m) => m.name === r.name)
    const member = byId ?? (byName.length === 1 ? byName[0] : undefined)
    const label = `第${r.row}行 ${r.name}`
    if (!member)
      problems.push(`${label}：${byName.length > 1 ? '名册里有同名，请保留编号列' : '名册里没有这个人'}`)
    else if (!r.evaluation) blank++
    else if (r.evaluation.length > MAX_EVALUATION || r.suggestion.length > MAX_SUGGESTION)
      problems.push(`${label}：评价请在${MAX_EVALUATION}字以内，奖惩建议${MAX_SUGGESTION}字以内`)
    else if (writes.some((w) => w.memberId === member.id)) problems.push(`${label}：与前面的行重复，已略过`)
    else
      writes.push({
        memberId: member.id,
        year: sheet.year,
        evaluation: r.evaluation,
        suggestion: r.suggestion,
        by: ctx.msg.talkerId,
        at,
      })
  }
  if (writes.length) await saveReviews(ctx.db, writes)
  await ctx.audit(
    '导入评价',
    'ok',
    `${file.name}: ${sheet.year}年 导入${writes.length} 未填${blank} 问题${problems.length}`,
  )
  const lines = [
    `${sheet.year}年度评价：已导入 ${writes.length} 人，未填 ${blank} 人。`,
    ...problems.slice(0, 20),
  ]
  if (problems.length) lines.push('改好后可以重新发「导入评价」，已导入的会更新，不会重复。')
  await ctx.out.reply(lines.join('\n'))
}

export const reviewHandlers: HandlerSpec[] = [
  on.branch({
    id: 'ledger.review',
    commands: ['年度评价'],
    access: 'admin',
    help: {
      usage: USAGE,
      summary: '记下党员的年度评价和奖惩建议（写进年度通报）；也可发「评价表」填表后「导入评价」',
      unlisted: true,
    },
    run: reviewByCommand,
  }),
  on.branch({
    id: 'ledger.review-sheet',
    commands: ['评价表'],
    access: 'admin',
    help: {
      usage: '评价表 [年份]',
      summary: '私信发给你一张年度评价表，填好后用「导入评价」发回',
      unlisted: true,
    },
    run: sendSheet,
  }),
  on.branch({
    id: 'ledger.review-import',
    commands: ['导入评价'],
    access: 'admin',
    help: { usage: '导入评价', summary: '然后发送填好的评价表', unlisted: true },
    async run(ctx) {
      ctx.expectFile(REVIEW_FILE_HANDLER_ID)
      await ctx.out.reply('请在10分钟内把填好的评价表（.xlsx）发过来。')
    },
  }),
  on.branch({ id: REVIEW_FILE_HANDLER_ID, acceptsFile: true, access: 'admin', run: importSheet }),
]
