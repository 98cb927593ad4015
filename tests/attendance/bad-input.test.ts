import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ADMIN, harness, ROOM, type Harness } from './harness.js'

let h: Harness
beforeEach(async () => {
  h = await harness([
    { name: '张三', contactId: 'c-zs' },
    { name: '李四', contactId: 'c-ls' },
    { name: '张伟', contactId: 'c-zw1' },
    { name: '张伟' },
    { name: '王五' },
  ])
})
afterEach(() => h.cleanup())

const lastText = (ctx: { out: { sent: { text: string }[] } }) => ctx.out.sent.at(-1)?.text

describe('bad input', () => {
  it('sign-in with no open session is silent unless the bot was addressed', async () => {
    expect(await h.say('c-zs', '张三', '到')).toBe(false)
    expect(await h.say('c-zs', '张三', '1. 张三\n2. 李四')).toBe(false)
    expect(await h.say('c-zs', '张三', '签到', { addressed: true })).toBe(true)
    expect(h.sent.map((s) => s.text)).toEqual(['本群现在没有进行中的签到。'])
  })

  it('ordinary chat during a session is not claimed', async () => {
    await h.command('开课', '党章学习')
    expect(await h.say('c-zs', '张三', '今天天气不错')).toBe(false)
    expect(await h.say('c-zs', '张三', '我1点到')).toBe(false)
    expect(await h.say('c-zs', '张三', '1. 张三')).toBe(false)
    expect(await h.say('c-zs', '张三', '到')).toBe(true)
  })

  it('结束 with nothing open, and a session opened twice, get clear answers', async () => {
    expect(lastText(await h.command('结束'))).toBe('本群现在没有进行中的签到。')
    await h.command('开课', '党章学习')
    const twice = await h.command('点名')
    expect(lastText(twice)).toContain('本群已有进行中的流动课堂《党章学习》')
    expect(twice.audits).toEqual(['rollcall:rejected:already open'])
    expect(await h.db.session.count()).toBe(1)
  })

  it('rejects a missing topic, an impossible length and a leave without reason', async () => {
    expect(lastText(await h.command('开课'))).toContain('请写上主题')
    expect(lastText(await h.command('开课', '党章 999'))).toContain('1到600')
    expect(lastText(await h.command('请假', '', { talkerId: 'c-zs' }))).toContain('请写上原因')
    expect(lastText(await h.command('请假', '夜班', { talkerId: 'c-nobody' }))).toContain('请先报到')
    expect(await h.db.session.count()).toBe(0)
  })

  it('corrections naming someone not in the roster change nothing', async () => {
    await h.command('开课', '党章学习')
    expect(lastText(await h.command('补签', '刘备'))).toBe('名册里没有“刘备”。请核对姓名，或先导入名册。')
    const unknown = await h.command('补签', '@路人', { msg: { mentions: [{ id: 'c-x', name: '路人' }] } })
    expect(lastText(unknown)).toContain('路人还没有报到')
    expect(lastText(await h.command('补签', '张伟'))).toContain('名册里有2个“张伟”')
    expect(lastText(await h.command('撤销', '99'))).toBe('本支部没有编号为99的更正。')
    expect(await h.db.attendanceCorrection.count()).toBe(0)
    const result = await h.feature.closeSession(h.deps(), { roomId: ROOM, closedBy: ADMIN })
    expect(result.ok && result.tally.present).toBe(0)
  })

  it('a 接龙 with junk, shared names and reposts signs in exactly the right people once', async () => {
    await h.command('开课', '党章学习')
    const jielong =
      '#接龙\n1. 张三\n2. 张伟\n3. 今天下午村委会开会大家记得带身份证\n4. 👍\n5. 李四。\n6. 张十\n7. 带好身份证'
    await h.say('c-zs', '张三', jielong)
    await h.say('c-ls', '李四', `${jielong}\n8. 张三`)
    await h.say('c-ls', '李四', '到')
    await h.command('结束')
    const summary = h.groupMessages().find((m) => m.text.startsWith('本次'))!.text
    expect(summary).toContain('应到会党员5名，实到会党员2名，因病因事请假0名，缺席3名')
    expect(summary).toContain('参加活动的还有张十1名党员')
    const detail = h.privateTo(ADMIN).at(-1)!.text
    expect(detail).toContain('张伟（重名）')
    expect(detail).toContain('带好身份证')
    expect(await h.db.guest.count()).toBe(1)
  })

  it('a member who checks in (报到) after the session opened counts as a member, not a guest', async () => {
    await h.command('开课', '党章学习')
    await h.db.member.updateMany({ where: { name: '王五' }, data: { contactId: 'c-ww' } })
    await h.say('c-ww', '王五', '签到')
    const result = await h.feature.closeSession(h.deps(), { roomId: ROOM, closedBy: ADMIN })
    expect(result.ok && result.tally).toMatchObject({ present: 1, guests: [] })
  })

  it('a leave after signing in is refused; a sign-in after a leave counts as present', async () => {
    await h.command('开课', '党章学习')
    await h.say('c-zs', '张三', '到')
    expect(lastText(await h.command('请假', '有事', { talkerId: 'c-zs' }))).toBe('你已签到，无需请假。')
    await h.command('请假', '有事', { talkerId: 'c-ls' })
    await h.say('c-ls', '李四', '到')
    const result = await h.feature.closeSession(h.deps(), { roomId: ROOM, closedBy: ADMIN })
    expect(result.ok && result.tally).toMatchObject({ present: 2, leave: 0, absent: 3 })
  })
})
