// 年度表现通报: the host branch's formal letter (函) to one home organisation about each of its members' year, in
// the layout of Chinese official documents (GB/T 9704): title, 主送, body, 落款, date; A4, 仿宋 三号, 28-point lines.
import type { Paragraph, Table } from 'docx'
import { shanghaiParts } from '../shanghai.js'
import { hoursText } from '../members/service.js'
import { dayText } from '../members/dates.js'
import type { MemberFigures, OrgFigures } from './figures.js'

const BODY_FONT = '仿宋_GB2312'
const TITLE_FONT = '方正小标宋简体'
const HEADING_FONT = '黑体'
/** 三号 = 16 pt; docx sizes are half-points. */
const BODY_SIZE = 32
const TITLE_SIZE = 44
/** docx is loaded on first use (most days nobody writes a letter). */
type Docx = typeof import('docx')
const TWO_CHARS = 640

export interface LetterInput {
  branchName: string
  year: number
  org: OrgFigures
  date: Date
}

export function letterTitle(year: number): string {
  return `关于${year}年度流动党员日常表现情况的通报`
}

/** The lines of the letter as plain text, in order (the .docx carries the same words). */
type Kind = 'title' | 'to' | 'body' | 'heading' | 'closing' | 'sign'

export function letterParagraphs(input: LetterInput): { kind: Kind; text: string }[] {
  const { org, year } = input
  const d = shanghaiParts(input.date)
  return [
    { kind: 'title', text: letterTitle(year) },
    { kind: 'to', text: `${org.originOrg}：` },
    {
      kind: 'body',
      text: `按照流动党员“双向管理”的要求，现将贵单位${org.members.length}名流动党员${year}年度在我支部参加组织生活和日常表现情况通报如下：`,
    },
    ...org.members.flatMap((f, i) => [
      { kind: 'heading' as const, text: `${chineseOrdinal(i + 1)}、${f.member.name}同志` },
      { kind: 'body' as const, text: conductText(f, year) },
      { kind: 'body' as const, text: reviewText(f) },
    ]),
    { kind: 'closing', text: '以上情况，请结合党员年度评议和民主评议党员工作参考使用。特此函告。' },
    { kind: 'sign', text: input.branchName },
    { kind: 'sign', text: `${d.year}年${d.month}月${d.day}日` },
  ]
}

function conductText(f: MemberFigures, year: number): string {
  const c = f.counts
  const service = f.serviceTimes
    ? `参加志愿服务${f.serviceTimes}次，累计${hoursText(f.serviceMinutes)}`
    : '本年度没有志愿服务记录'
  const roles = f.roles.length ? `在支部担任${f.roles.join('、')}` : '在支部未担任职务'
  const changes = f.changes.length ? `；${f.changes.map((x) => `${dayText(x.at)}${x.text}`).join('，')}` : ''
  return `${year}年应参加组织生活${c.expected}次，实际参加${c.present}次（其中迟到${c.late}次），请假${c.leave}次，缺席${c.absent}次，补课${f.makeups}次；${service}；${roles}${changes}。`
}

function reviewText(f: MemberFigures): string {
  if (!f.review) return '支部评价：（未填写）。奖惩建议：（未填写）。'
  return `支部评价：${f.review.evaluation}。奖惩建议：${f.review.suggestion || '无'}。`
}

export async function letterDocx(input: LetterInput): Promise<Buffer> {
  const d = await import('docx')
  const { Document, Packer, convertMillimetersToTwip } = d
  const paragraph = (kind: Kind, text: string) => paragraphOf(d, kind, text)
  const blank = () => blankOf(d)
  const summaryTable = (org: OrgFigures) => summaryTableOf(d, org)
  const paragraphs = letterParagraphs(input)
  const children: (Paragraph | Table)[] = []
  let signed = false
  for (const p of paragraphs) {
    if (p.kind === 'sign' && !signed) children.push(blank(), blank())
    signed ||= p.kind === 'sign'
    if (p.kind === 'closing') children.push(summaryTable(input.org), blank())
    children.push(paragraph(p.kind, p.text))
    if (p.kind === 'title') children.push(blank())
  }
  const doc = new Document({
    creator: input.branchName,
    title: letterTitle(input.year),
    styles: { default: { document: { run: { font: BODY_FONT, size: BODY_SIZE } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) },
            margin: {
              top: convertMillimetersToTwip(37),
              bottom: convertMillimetersToTwip(35),
              left: convertMillimetersToTwip(28),
              right: convertMillimetersToTwip(26),
            },
          },
        },
        children,
      },
    ],
  })
  return Packer.toBuffer(doc)
}

/** 28-point lines, exactly. */
const line = (d: Docx) => ({ line: 560, lineRule: d.LineRuleType.EXACT })

function paragraphOf(d: Docx, kind: Kind, text: string): Paragraph {
  const { AlignmentType, Paragraph, TextRun } = d
  const LINE = line(d)
  const font = kind === 'title' ? TITLE_FONT : kind === 'heading' ? HEADING_FONT : BODY_FONT
  const run = new TextRun({
    text,
    font: { ascii: font, eastAsia: font, hAnsi: font },
    size: kind === 'title' ? TITLE_SIZE : BODY_SIZE,
  })
  if (kind === 'title')
    return new Paragraph({ children: [run], alignment: AlignmentType.CENTER, spacing: LINE })
  if (kind === 'sign')
    return new Paragraph({
      children: [run],
      alignment: AlignmentType.RIGHT,
      indent: { right: TWO_CHARS * 2 },
      spacing: LINE,
    })
  if (kind === 'to') return new Paragraph({ children: [run], spacing: LINE })
  return new Paragraph({
    children: [run],
    indent: { firstLine: TWO_CHARS },
    spacing: LINE,
    alignment: AlignmentType.BOTH,
  })
}

const blankOf = (d: Docx) => new d.Paragraph({ children: [], spacing: line(d) })

const TABLE_HEADERS = [
  '序号',
  '姓名',
  '应参加',
  '实际参加',
  '补课',
  '志愿服务',
  '职务',
  '支部评价',
  '奖惩建议',
]

function summaryTableOf(d: Docx, org: OrgFigures): Table {
  const { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } = d
  const cell = (text: string, bold = false) =>
    new TableCell({
      children: [
        new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, bold, size: 24 })] }),
      ],
    })
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' }
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
    rows: [
      new TableRow({ tableHeader: true, children: TABLE_HEADERS.map((h) => cell(h, true)) }),
      ...org.members.map(
        (f, i) =>
          new TableRow({
            children: [
              String(i + 1),
              f.member.name,
              String(f.counts.expected),
              String(f.counts.present),
              String(f.makeups),
              f.serviceMinutes ? hoursText(f.serviceMinutes) : '0小时',
              f.roles.join('、') || '无',
              f.review?.evaluation ?? '未填写',
              f.review?.suggestion || (f.review ? '无' : '未填写'),
            ].map((t) => cell(t)),
          }),
      ),
    ],
  })
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九']

/** 1 → 一, 10 → 十, 12 → 十二, 23 → 二十三 (up to 99, enough for the members of one home organisation). */
export function chineseOrdinal(n: number): string {
  if (n < 10) return DIGITS[n] ?? String(n)
  const tens = Math.floor(n / 10)
  const ones = n % 10
  if (tens >= 10) return String(n)
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`
}
