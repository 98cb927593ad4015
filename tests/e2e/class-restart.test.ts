import ExcelJS from 'exceljs'
import { FileBox } from 'file-box'
import { describe, expect, it } from 'vitest'
import { say, textsIn } from '../support/mock-wechat.js'
import { ADMIN_ID, setUpBranch } from './branch.js'
import { worldFixture } from './wechat-with-world.js'

const ROOM_ID = 'xz-class@chatroom'

const { clock, start, stop } = worldFixture(ROOM_ID, { botAdminIds: [ADMIN_ID] })

describe('a 流动课堂 across a restart of the bot', () => {
  it('keeps sign-ins made before the restart, marks later ones late, and closes on time once', async () => {
    const first = await start()
    const admin = await setUpBranch(first.w, first.world)
    await say(first.w, admin, first.world.room, '开课 安全生产 30')
    await say(first.w, first.world.person('李娟'), first.world.room, '签到')
    await say(first.w, first.world.person('赵强'), first.world.room, '1')
    await say(first.w, first.world.person('陈明'), first.world.room, '请假 孩子生病')
    await stop(first.w)

    clock.advanceMinutes(20)
    const second = await start()
    expect(textsIn(second.w, ROOM_ID)).toEqual([])
    await say(second.w, second.world.person('刘芳'), second.world.room, '到')
    await say(second.w, second.world.person('李娟'), second.world.room, '到')
    clock.advanceMinutes(11)
    await second.w.running.runtime.tick()
    await second.w.settle()
    await second.w.running.runtime.tick()
    await second.w.settle()
    const group = textsIn(second.w, ROOM_ID)
    expect(group.filter((t) => t.startsWith('本次流动课堂《安全生产》'))).toEqual([
      '本次流动课堂《安全生产》应到会党员10名，实到会党员3名（其中迟到1名），因病因事请假1名，缺席6名，出勤率30%。',
    ])
    expect(group.some((t) => t.includes('孩子生病'))).toBe(false)
  })
})

describe('roster import through the real Wechaty', () => {
  it('imports an .xlsx roster the mock delivers as an Unknown-type message', async () => {
    const { w, world } = await start()
    const admin = world.person('王书记')
    await say(w, admin, world.room, '绑定支部 叙州区驻深圳流动党员支部')
    await say(w, admin, world.room, '导入名册')
    const wb = new ExcelJS.Workbook()
    const sheet = wb.addWorksheet('名册')
    sheet.addRow(['姓名', '手机号', '党员类别'])
    sheet.addRow(['李娟', '13800000002', '正式党员'])
    sheet.addRow(['赵强', '13800000003', '预备党员'])
    const data = Buffer.from(await wb.xlsx.writeBuffer())
    admin.say(FileBox.fromBase64(data.toString('base64'), '支部名册.xlsx')).to(world.room)
    await w.settle()
    expect(textsIn(w, ROOM_ID).at(-1)).toContain('名册导入完成：新增 2 人')
    await say(w, world.person('赵强'), world.room, '报到 赵强')
    expect(textsIn(w, ROOM_ID).at(-1)).toBe(
      '报到成功：赵强。欢迎参加支部活动！\n请加我为好友，私聊发送「填写信息」，补全“四个清楚”（1分钟）。',
    )
  })
})
