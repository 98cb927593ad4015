// The .xlsx export: roster, sessions, and the attendance matrix (members × sessions). Used by 导出 and the CLI.
import type ExcelJS from 'exceljs'
import type { Branch, Db, Member } from '../types.js'
import { findBranchById } from '../../prisma/repos/core/groups.js'
import { renderMemberChart, type ChartImage } from '../charts/index.js'
import { memberChartData } from './chart-data.js'
import { membersOfBranch } from '../../prisma/repos/core/members.js'
import { sessionsOfBranchSince } from '../../prisma/repos/attendance/sessions.js'
import { dayOf, dayTime, KIND_LABEL, MARK_LABEL, percent } from './format.js'
import { countMarks } from './counts.js'

export const SHEETS = { roster: '名册', sessions: '活动', matrix: '出勤', chart: '图表' } as const

type SessionRows = Awaited<ReturnType<typeof sessionsOfBranchSince>>

export async function buildAttendanceWorkbook(db: Db, branchId: number): Promise<ExcelJS.Workbook> {
  const members = await membersOfBranch(db, branchId)
  const sessions = await sessionsOfBranchSince(db, branchId, new Date(0))
  const { default: Excel } = await import('exceljs')
  const wb = new Excel.Workbook()
  addRoster(wb.addWorksheet(SHEETS.roster), members)
  addSessions(wb.addWorksheet(SHEETS.sessions), members, sessions)
  addMatrix(wb.addWorksheet(SHEETS.matrix), members, sessions)
  wb.eachSheet((sheet) => (sheet.getRow(1).font = { bold: true }))
  const branch = await findBranchById(db, branchId)
  const closed = sessions.filter((s) => s.closedAt)
  if (branch && closed.length) await addChart(wb, branch, members, closed)
  return wb
}

/** Headers 导入名册 recognises, so that exporting and importing the file back changes nothing. No ID numbers. */
export const ROSTER_HEADERS = [
  '姓名',
  '手机号',
  '党员类别',
  '流出地党组织',
  '现居城市',
  '工作单位',
  '从事行业',
  '返乡创业意愿',
  '任村干部意愿',
  '备注',
]

/** The private chart (rate line, make-ups, member × session grid) as a picture; left out if it cannot be drawn. */
async function addChart(wb: ExcelJS.Workbook, branch: Branch, members: Member[], sessions: SessionRows) {
  const options = { branchName: branch.name, scope: '全部活动', includesLeave: branch.makeupIncludesLeave }
  let image: ChartImage
  try {
    image = await renderMemberChart(memberChartData(sessions, members, options))
  } catch {
    return
  }
  const id = wb.addImage({ buffer: image.png as unknown as ExcelJS.Buffer, extension: 'png' })
  wb.addWorksheet(SHEETS.chart).addImage(id, {
    tl: { col: 0, row: 0 },
    ext: { width: image.width, height: image.height },
  })
}

function addRoster(sheet: ExcelJS.Worksheet, members: Member[]) {
  sheet.addRow([...ROSTER_HEADERS, '已报到', '免签', '免签原因'])
  for (const m of members) {
    const details = [
      m.category,
      m.originOrg,
      m.city,
      m.employer,
      m.industry,
      m.returnWish,
      m.cadreWish,
      m.note,
    ]
    const text = [m.phone, ...details].map((v) => v ?? '')
    sheet.addRow([m.name, ...text, m.contactId ? '是' : '否', m.exempt ? '是' : '', m.exemptReason ?? ''])
  }
}

function addSessions(sheet: ExcelJS.Worksheet, members: Member[], sessions: SessionRows) {
  const counts = ['应到', '实到', '迟到', '请假', '缺席', '出勤率']
  sheet.addRow(['编号', '类型', '主题', '开始', '结束', ...counts, '非本支部参加人数', '参加人员'])
  const nameOf = new Map(members.map((m) => [m.id, m.name]))
  for (const s of sessions) {
    const c = countMarks(s.attendance.map((a) => a.status))
    const present = new Set(
      s.attendance
        .filter((a) => a.status === 'present' || a.status === 'late')
        .map((a) => nameOf.get(a.memberId)),
    )
    // A member's second WeChat account is stored as a guest under the member's name: count the person once.
    const guests = s.guests.map((g) => g.name).filter((n) => !present.has(n))
    const closed = s.closedAt ? dayTime(s.closedAt) : '进行中'
    const kind = KIND_LABEL[s.kind]
    const counts = [c.expected, c.present, c.late, c.leave, c.absent, percent(c.present, c.expected)]
    sheet.addRow([
      s.id,
      kind,
      s.topic,
      dayTime(s.openedAt),
      closed,
      ...counts,
      guests.length,
      guests.join('、'),
    ])
  }
}

function addMatrix(sheet: ExcelJS.Worksheet, members: Member[], sessions: SessionRows) {
  sheet.addRow(['姓名', ...sessions.map((s) => `${dayOf(s.openedAt)} ${s.topic}`)])
  for (const m of members) {
    const cells = sessions.map((s) => {
      const a = s.attendance.find((x) => x.memberId === m.id)
      if (!a) return '—'
      const madeUp = s.makeups.some((x) => x.memberId === m.id)
      return `${MARK_LABEL[a.status]}${madeUp ? '（已补课）' : ''}`
    })
    sheet.addRow([m.name, ...cells])
  }
}
