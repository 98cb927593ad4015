import ExcelJS from 'exceljs'
import type { Message } from 'wechaty'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ManualClock } from '../support/clock.js'
import { startMockWechat, say, textsIn, type MockWechat, type RoomMock } from '../support/mock-wechat.js'
import { captureMentions } from './capture.js'
import { ADMIN_ID, createWorld, setUpBranch, type World } from './branch.js'

const ROOM_ID = 'xz-shenzhen@chatroom'
const TOPIC = '学习二十届四中全会精神'

let w: MockWechat
let clock: ManualClock
let world: World
let room: RoomMock

beforeEach(async () => {
  clock = new ManualClock(new Date())
  w = await startMockWechat({ config: { botAdminIds: [ADMIN_ID] }, clock, manualTime: true })
  world = createWorld(w.mocker, w.botUser.id, ROOM_ID)
  room = world.room
})
afterEach(async () => {
  await w.stop()
})

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
    const mentions = captureMentions(w)
    const admin = await setUpBranch(w, world)
    expect(groupTexts()).toContain('名册导入完成：新增 10 人，更新 0 人，无变化 0 人，跳过 0 行。')
    expect(await w.running.db.member.count({ where: { contactId: { not: null } } })).toBe(7)

    const start = w.sent.length
    await say(w, admin, room, `开课 ${TOPIC} 30`)
    expect(groupTexts().at(-1)).toContain(`流动课堂《${TOPIC}》现在开始签到，应到10名。`)
    await say(w, world.person('李娟'), room, '签到')
    await say(w, world.person('赵强'), room, '到')
    await say(w, world.person('刘芳'), room, '1')
    await say(w, world.person('赵强'), room, '到')
    await say(w, world.person('李娟'), room, '#接龙 流动课堂\n1. 李娟\n2、黄磊🌹\n3 周敏 已学习')
    await say(w, world.person('陈明'), room, '请假 在工地加班')
    clock.advanceMinutes(16)
    await say(w, world.person('杨丽'), room, '签到')
    await say(w, world.person('孙涛'), room, '签到')
    await say(w, admin, room, '补签 @吴杰', [world.person('吴杰')])
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
    expect(w.logs.text()).not.toMatch(/1380000\d{4}/)
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
    await say(w, world.person('杨丽'), room, '我的出勤')
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

  it('我的出勤 asked during a class does not count that class as missed before it ends', async () => {
    const admin = await setUpBranch(w, world)
    await say(w, admin, room, '开课 安全生产 30')
    await say(w, world.person('赵强'), room, '我的出勤')
    expect(w.sent.at(-1)).toMatchObject({ toId: 'c-zhaoqiang', roomId: null })
    expect(w.sent.at(-1)?.text).not.toContain('缺席1次')
    await say(w, world.person('赵强'), room, '到')
    await say(w, world.person('赵强'), room, '我的出勤')
    expect(w.sent.at(-1)?.text).toContain('按时1次')
    await say(w, admin, room, '结束')
    await say(w, world.person('李娟'), room, '我的出勤')
    expect(w.sent.at(-1)?.text).toContain('李娟今年应参加1次活动：按时0次，迟到0次，请假0次，缺席1次')
  })

  it('a leave asked privately before the class counts for it; an undone correction counts as before', async () => {
    const admin = await setUpBranch(w, world)
    await say(w, world.person('陈明'), w.botUser, '请假 回老家办事')
    expect(w.sent.at(-1)).toMatchObject({ toId: 'c-chenming', roomId: null })
    await say(w, admin, room, '开课 安全生产 30')
    await say(w, world.person('李娟'), room, '到')
    await say(w, admin, room, '补签 @吴杰', [world.person('吴杰')])
    await say(w, admin, room, '撤销 1')
    await say(w, admin, room, '结束')
    const summary = groupTexts().find((t) => t.startsWith('本次流动课堂《安全生产》'))
    expect(summary).toBe(
      '本次流动课堂《安全生产》应到会党员10名，实到会党员1名，因病因事请假1名，缺席8名，出勤率10%。',
    )
    expect(groupTexts().some((t) => t.includes('回老家'))).toBe(false)
  })

  it('统计 during a class does not report members who can still sign in as 缺席', async () => {
    const admin = await setUpBranch(w, world)
    await say(w, admin, room, '开课 安全生产 30')
    await say(w, world.person('李娟'), room, '到')
    await say(w, admin, room, '统计')
    expect(groupTexts().at(-1)).not.toContain('缺席9')
    await say(w, admin, room, '结束')
    await say(w, admin, room, '统计')
    expect(groupTexts().at(-1)).toContain('流动课堂《安全生产》应到10 实到1 请假0 缺席9 出勤率10%')
  })

  it('closes a session on its own when its time is up, posting the summary once', async () => {
    const admin = await setUpBranch(w, world)
    await say(w, admin, room, '开课 安全生产 10')
    await say(w, world.person('李娟'), room, '签到')
    const before = groupTexts().length
    clock.advanceMinutes(9)
    await w.running.runtime.tick()
    await w.settle()
    expect(groupTexts()).toHaveLength(before)
    clock.advanceMinutes(2)
    await w.running.runtime.tick()
    await w.settle()
    await w.running.runtime.tick()
    await w.settle()
    const after = groupTexts().slice(before)
    expect(after.filter((t) => t.startsWith('本次流动课堂《安全生产》'))).toHaveLength(1)
    expect(after[0]).toContain('应到会党员10名，实到会党员1名')
    const stored = await w.running.db.session.findFirst({ where: { topic: '安全生产' } })
    expect(stored?.closedAt).not.toBeNull()
    await say(w, world.person('赵强'), room, '签到')
    expect(groupTexts().slice(before)).toEqual(after)
  })
})
