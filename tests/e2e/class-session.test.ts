import ExcelJS from 'exceljs'
import { FileBox } from 'file-box'
import type { Message } from 'wechaty'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ManualClock } from '../support/clock.js'
import {
  startMockWechat,
  say,
  textsIn,
  type MockWechat,
  type ContactMock,
  type RoomMock,
} from '../support/mock-wechat.js'

const BRANCH = '叙州区驻深圳流动党员支部'
const ROSTER_CSV =
  '\uFEFF姓名,手机号,党员类别,现居城市,从事行业\n' +
  [
    '王书记,13800000001,正式党员,深圳,建筑',
    '李娟,13800000002,正式党员,深圳,电子',
    '赵强,13800000003,正式党员,深圳,物流',
    '刘芳,13800000004,正式党员,深圳,家政',
    '陈明,13800000005,正式党员,深圳,快递',
    '黄磊,13800000006,正式党员,深圳,餐饮',
    '杨丽,13800000007,正式党员,深圳,电商',
    '周敏,13800000008,正式党员,深圳,保洁',
    '吴杰,13800000009,正式党员,深圳,装修',
    '马丽,13800000010,预备党员,东莞,养殖',
  ].join('\n') +
  '\n'

let w: MockWechat
let clock: ManualClock
let room: RoomMock
const people: Record<string, ContactMock> = {}

beforeEach(async () => {
  clock = new ManualClock(new Date())
  w = await startMockWechat({ config: { botAdminIds: ['admin-wang'] }, clock, manualTime: true })
  const ids: Record<string, string> = {
    王书记: 'admin-wang',
    李娟: 'c-lijuan',
    赵强: 'c-zhaoqiang',
    刘芳: 'c-liufang',
    陈明: 'c-chenming',
    杨丽: 'c-yangli',
    吴杰: 'c-wujie',
    孙涛: 'c-suntao',
  }
  for (const [name, id] of Object.entries(ids)) people[name] = w.mocker.createContact({ id, name })
  room = w.mocker.createRoom({
    id: 'xz-shenzhen@chatroom',
    topic: BRANCH,
    memberIdList: [w.botUser.id, ...Object.values(ids)],
  })
})
afterEach(async () => {
  await w.stop()
})

async function sendRoster(admin: ContactMock) {
  await say(w, admin, room, '导入名册')
  admin.say(FileBox.fromBase64(Buffer.from(ROSTER_CSV).toString('base64'), '名册.csv')).to(room)
  await w.settle()
}

async function setUpBranch() {
  const admin = people['王书记']!
  await say(w, admin, room, `绑定支部 ${BRANCH}`)
  await say(w, admin, room, '设置书记 @王书记', [admin])
  await sendRoster(admin)
  for (const name of ['王书记', '李娟', '赵强', '刘芳', '陈明', '杨丽', '吴杰'])
    await say(w, people[name]!, room, `报到 ${name}`)
  return admin
}

const ROOM_ID = 'xz-shenzhen@chatroom'
const TOPIC = '学习二十届四中全会精神'

function groupTexts() {
  return textsIn(w, ROOM_ID)
}

/** The files the bot sent, read back from the outgoing Wechaty messages. */
function captureSentFiles() {
  const files: { toId: string | null; name: string; data: Promise<Buffer> }[] = []
  w.running.bot.on('message', (m: Message) => {
    if (!m.self() || m.type() === w.running.bot.Message.Type.Text) return
    const box = m.toFileBox()
    files.push({
      toId: m.listener()?.id ?? null,
      name: '',
      data: box.then(async (b) => {
        files.at(-1)!.name = b.name
        return b.toBuffer()
      }),
    })
  })
  return files
}

/** The contact ids the bot handed to the puppet as @-mentions, per room text (what WeChat would highlight). */
function captureMentions() {
  const mentions: { text: string; ids: string[] }[] = []
  const puppet = w.running.bot.puppet
  const send = puppet.messageSendText.bind(puppet)
  puppet.messageSendText = (to: string, text: string, ids?: string[]) => {
    mentions.push({ text, ids: ids ?? [] })
    return send(to, text, ids)
  }
  return mentions
}

async function sheetRows(data: Buffer, sheet: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(data as unknown as ArrayBuffer)
  const rows: string[][] = []
  wb.getWorksheet(sheet)!.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? '')))
  })
  return rows
}

describe('a full 流动课堂 through the real Wechaty', () => {
  it('counts 接龙, leave, late, a guest, a duplicate and a correction, then makes up and exports', async () => {
    const files = captureSentFiles()
    const mentions = captureMentions()
    const admin = await setUpBranch()
    expect(groupTexts()).toContain('名册导入完成：新增 10 人，更新 0 人，无变化 0 人，跳过 0 行。')
    expect(await w.running.db.member.count({ where: { contactId: { not: null } } })).toBe(7)

    const start = w.sent.length
    await say(w, admin, room, `开课 ${TOPIC} 30`)
    expect(groupTexts().at(-1)).toContain(`流动课堂《${TOPIC}》现在开始签到，应到10名。`)
    await say(w, people['李娟']!, room, '签到')
    await say(w, people['赵强']!, room, '到')
    await say(w, people['刘芳']!, room, '1')
    await say(w, people['赵强']!, room, '到')
    await say(w, people['李娟']!, room, '#接龙 流动课堂\n1. 李娟\n2、黄磊🌹\n3 周敏 已学习')
    await say(w, people['陈明']!, room, '请假 在工地加班')
    clock.advanceMinutes(16)
    await say(w, people['杨丽']!, room, '签到')
    await say(w, people['孙涛']!, room, '签到')
    await say(w, admin, room, '补签 @吴杰', [people['吴杰']!])
    expect(groupTexts().at(-1)).toContain('已为吴杰补签')
    await say(w, admin, room, '结束')

    const session = w.sent.slice(start)
    const group = session.filter((s) => s.roomId === ROOM_ID).map((s) => s.text)
    const summary = `本次流动课堂《${TOPIC}》应到会党员10名，实到会党员7名（其中迟到1名），因病因事请假1名，缺席2名，出勤率70%。参加活动的还有孙涛1名党员。`
    expect(group).toContain(summary)
    const absentNotes = group.filter((t) => t.includes('缺席2名党员'))
    expect(absentNotes).toEqual(['@王书记 本次缺席2名党员，请联系支部安排补课。（未报到：马丽）'])
    expect(mentions.filter((m) => m.ids.length)).toEqual([{ text: absentNotes[0], ids: ['admin-wang'] }])
    // opening + summary + one @ of the absent; the only other group message answers the 补签 command
    expect(group.filter((t) => !t.startsWith('已为吴杰补签'))).toHaveLength(3)
    expect(group.every((t) => !t.includes('加班'))).toBe(true)
    expect(w.sent.filter((s) => s.roomId).every((s) => !/1380000\d{4}/.test(s.text))).toBe(true)
    const leaveAck = session.find((s) => s.toId === 'c-chenming')
    expect(leaveAck).toMatchObject({ roomId: null, text: expect.stringContaining('已为流动课堂') })
    const detail = session.find((s) => s.toId === 'admin-wang' && s.roomId === null)?.text ?? ''
    expect(detail).toContain('请假：陈明（在工地加班）')
    expect(detail).toContain('经接龙签到（非本人微信）：黄磊、周敏')

    const rows = await w.running.db.attendance.findMany({ include: { member: true } })
    expect(Object.fromEntries(rows.map((r) => [r.member.name, r.status]))).toEqual({
      王书记: 'absent',
      李娟: 'present',
      赵强: 'present',
      刘芳: 'present',
      陈明: 'leave',
      黄磊: 'present',
      杨丽: 'late',
      周敏: 'present',
      吴杰: 'present',
      马丽: 'absent',
    })

    await say(w, admin, room, '缺课名单')
    expect(groupTexts().at(-1)).toMatch(/^需补课2人、2次：\n王书记：.*\n马丽：/)
    await say(w, admin, room, '补课 @王书记 线上', [admin])
    expect(groupTexts().at(-1)).toContain('已登记王书记补课')
    await say(w, admin, room, '缺课名单')
    expect(groupTexts().at(-1)).toMatch(/^需补课1人、1次：\n马丽：[^\n]*$/)

    const beforeMine = groupTexts().length
    await say(w, people['杨丽']!, room, '我的出勤')
    expect(groupTexts()).toHaveLength(beforeMine)
    expect(w.sent.at(-1)).toMatchObject({ roomId: null, toId: 'c-yangli' })
    expect(w.sent.at(-1)?.text).toContain('迟到1次')

    await say(w, admin, room, '导出')
    expect(groupTexts().at(-1)).toBe('出勤表已私信发给你。')
    const exported = w.sent.find((s) => s.toId === 'admin-wang' && s.type !== '7')
    expect(exported).toBeDefined()
    expect(files).toHaveLength(1)
    expect(files[0]!.toId).toBe('admin-wang')
    const data = await files[0]!.data
    expect(files[0]!.name).toMatch(/\.xlsx$/)
    const activity = await sheetRows(data, '活动')
    expect(activity[1]!.slice(1, 11)).toEqual([
      '流动课堂',
      TOPIC,
      expect.any(String),
      expect.any(String),
      '10',
      '7',
      '1',
      '1',
      '2',
      '70%',
    ])
    const matrix = await sheetRows(data, '出勤')
    expect(matrix.find((r) => r[0] === '王书记')?.[1]).toContain('已补课')
    expect(matrix.find((r) => r[0] === '杨丽')?.[1]).toBe('迟到')
  })

  it('closes a session on its own when its time is up, posting the summary once', async () => {
    const admin = await setUpBranch()
    await say(w, admin, room, '开课 安全生产 10')
    await say(w, people['李娟']!, room, '签到')
    const before = groupTexts().length
    clock.advanceMinutes(9)
    await w.running.features.tick()
    await w.settle()
    expect(groupTexts()).toHaveLength(before)
    clock.advanceMinutes(2)
    await w.running.features.tick()
    await w.settle()
    await w.running.features.tick()
    await w.settle()
    const after = groupTexts().slice(before)
    expect(after.filter((t) => t.startsWith('本次流动课堂《安全生产》'))).toHaveLength(1)
    expect(after[0]).toContain('应到会党员10名，实到会党员1名')
    const stored = await w.running.db.session.findFirst({ where: { topic: '安全生产' } })
    expect(stored?.closedAt).not.toBeNull()
    await say(w, people['赵强']!, room, '签到')
    expect(groupTexts().slice(before)).toEqual(after)
  })
})
