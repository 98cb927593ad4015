import pino from 'pino'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { OutboundQueue, type Destination, type Sender } from '../bot/outbound/queue.js'
import type { OutgoingFile } from '../handlers/types.js'
import { createDb } from '../prisma/client.js'
import { splitText } from '../bot/outbound/split-text.js'
import { ManualClock } from './support/clock.js'
import { tempDatabase } from './support/temp-db.js'

type Temp = Awaited<ReturnType<typeof tempDatabase>>
let temp: Temp
let clock: ManualClock
const sleeps: number[] = []

class RecordingSender implements Sender {
  readonly texts: Array<{ to: Destination; text: string; mentionIds: string[] }> = []
  failNext = 0
  async sendText(to: Destination, text: string, mentionIds: string[]) {
    if (this.failNext-- > 0) throw new Error('gateway down')
    this.texts.push({ to, text, mentionIds })
  }
  readonly images: Array<{ to: Destination; image: OutgoingFile }> = []
  async sendFile() {}
  async sendImage(to: Destination, image: OutgoingFile) {
    this.images.push({ to, image })
  }
}

function queue(
  limits: Partial<{ minGapMs: number; jitterMs: number; dailyCap: number }> = {},
  o: { isOnline?: () => boolean } = {},
) {
  return new OutboundQueue({
    db: temp.db,
    clock,
    adminIds: ['admin'],
    isOnline: o.isOnline,
    log: pino({ level: 'silent' }),
    limits: { minGapMs: 3000, jitterMs: 2000, dailyCap: 100, splitAt: 500, ...limits },
    sleep: async (ms) => {
      sleeps.push(ms)
      await new Promise((resolve) => setImmediate(resolve))
    },
    random: () => 0.5,
  })
}

beforeEach(async () => {
  temp = await tempDatabase()
  clock = new ManualClock('2026-11-27T02:00:00Z')
  sleeps.length = 0
})
afterEach(async () => temp.cleanup())

describe('outbound queue', () => {
  it('sends in order, paced seconds apart with jitter', async () => {
    const q = queue()
    const sender = new RecordingSender()
    await q.sendToRoom('r@chatroom', '第一条')
    await q.sendToRoom('r@chatroom', { text: '第二条', mentionIds: ['a', 'b'] })
    q.resume(sender)
    await q.idle()
    q.pause()
    expect(sender.texts.map((t) => t.text)).toEqual(['第一条', '第二条'])
    expect(sender.texts[1]!.mentionIds).toEqual(['a', 'b'])
    expect(sleeps.slice(0, 2)).toEqual([4000, 4000])
  })

  it('splits long texts at about 500 characters and @-mentions only once', async () => {
    const q = queue()
    const sender = new RecordingSender()
    const long = Array.from({ length: 40 }, (_, i) => `第${i + 1}行：这是一段很长的通知内容。`).join('\n')
    await q.sendToRoom('r@chatroom', { text: long, mentionIds: ['a'] })
    q.resume(sender)
    await q.idle()
    q.pause()
    expect(sender.texts.length).toBeGreaterThan(1)
    expect(sender.texts.every((t) => t.text.length <= 500)).toBe(true)
    expect(sender.texts.map((t) => t.text).join('\n')).toBe(long)
    expect(sender.texts.filter((t) => t.mentionIds.length > 0)).toHaveLength(1)
  })

  it('keeps queued messages across a restart and sends them once', async () => {
    const first = queue()
    await first.sendToContact('c1', '重启前排队的消息')
    first.pause()
    const second = queue()
    const sender = new RecordingSender()
    second.resume(sender)
    await second.idle()
    second.pause()
    expect(sender.texts.map((t) => t.text)).toEqual(['重启前排队的消息'])
    expect(await temp.db.outboundMessage.count({ where: { status: 'sent' } })).toBe(1)
  })

  it('near the daily cap holds routine replies for tomorrow, sends what matters, and tells the admins once', async () => {
    const q = queue({ dailyCap: 10 })
    const sender = new RecordingSender()
    for (let i = 1; i <= 10; i++) await q.sendToContact('c1', `回复${i}`)
    await q.sendToRoom('room', '本次点名小结', { important: true })
    q.resume(sender)
    await q.idle()
    const texts = sender.texts.map((t) => t.text)
    expect(texts.slice(0, 8)).toEqual(Array.from({ length: 8 }, (_, i) => `回复${i + 1}`))
    expect(texts[8]).toBe('本次点名小结')
    expect(texts[9]).toMatch(/接近每日上限（10条）.*普通回复暂停，明天0:00恢复；点名、小结和提醒照常发送/)
    expect(sender.texts[9]?.to).toEqual({ contactId: 'admin' })
    expect(await q.pendingCount()).toBe(2)
    clock.advance(24 * 3600_000)
    q.wake()
    await q.idle()
    q.pause()
    expect(sender.texts.map((t) => t.text).slice(10)).toEqual(['回复9', '回复10'])
  })

  it('folds 报到 confirmations into one message per minute, naming everyone', async () => {
    const q = queue()
    const sender = new RecordingSender()
    q.resume(sender)
    await q.sendToRoom('room', '张三', { batch: 'checkin' })
    await q.idle()
    for (const name of ['李四', '王五', '赵六']) {
      clock.advance(5_000)
      await q.sendToRoom('room', name, { batch: 'checkin' })
    }
    await q.idle()
    expect(sender.texts.map((t) => t.text)).toEqual([
      '报到成功：张三。欢迎参加支部活动！\n请加我为好友，私聊发送「填写信息」，补全“四个清楚”（1分钟）。',
    ])
    clock.advance(60_000)
    q.wake()
    await q.idle()
    q.pause()
    expect(sender.texts.map((t) => t.text)).toEqual([
      '报到成功：张三。欢迎参加支部活动！\n请加我为好友，私聊发送「填写信息」，补全“四个清楚”（1分钟）。',
      '报到成功：李四、王五、赵六（共3人）。欢迎参加支部活动！\n请加我为好友，私聊发送「填写信息」，补全“四个清楚”（1分钟）。',
    ])
  })

  it('does not send a message past its expiry, and keeps messages while the connection is down', async () => {
    let online = false
    const q = queue({}, { isOnline: () => online })
    const sender = new RecordingSender()
    await q.sendToRoom('room', '点名开始，请回复“到”', {
      important: true,
      expiresAt: new Date(clock.now().getTime() + 60_000),
    })
    await q.sendToRoom('room', '本次点名小结', { important: true })
    q.resume(sender)
    await q.idle()
    expect(sender.texts).toEqual([])
    clock.advance(5 * 60_000)
    online = true
    q.wake()
    await q.idle()
    q.pause()
    expect(sender.texts.map((t) => t.text)).toEqual(['本次点名小结'])
    expect(await temp.db.outboundMessage.count({ where: { status: 'expired' } })).toBe(1)
  })

  it('sends pictures to groups and contacts as important messages, counted against the daily cap', async () => {
    const q = queue({ dailyCap: 2 })
    const sender = new RecordingSender()
    const chart = { path: '/data/charts/1.png', name: '出勤率-2026年11月.png' }
    await q.sendImageToRoom('r@chatroom', chart)
    await q.sendToContact('c1', '一')
    await q.sendImageToContact('c1', chart)
    q.resume(sender)
    await q.idle()
    expect(sender.images.map((i) => i.to)).toEqual([{ roomId: 'r@chatroom' }, { contactId: 'c1' }])
    expect(sender.texts).toEqual([])
    expect(await q.pendingCount()).toBe(1)
    clock.advance(24 * 3600_000)
    q.wake()
    await q.idle()
    q.pause()
    expect(sender.texts.map((t) => t.text)).toEqual(['一'])
    const rows = await temp.db.outboundMessage.findMany({ where: { kind: 'image' } })
    expect(rows.map((r) => [r.status, r.filePath])).toEqual([
      ['sent', chart.path],
      ['sent', chart.path],
    ])
  })

  it('retries a failed send, then gives up after three attempts without blocking the rest', async () => {
    const q = queue()
    const sender = new RecordingSender()
    sender.failNext = 3
    await q.sendToContact('c1', '发不出去')
    await q.sendToContact('c1', '后面的消息')
    q.resume(sender)
    await q.idle()
    q.pause()
    expect(sender.texts.map((t) => t.text)).toEqual(['后面的消息'])
    expect(await temp.db.outboundMessage.findFirst({ where: { status: 'failed' } })).toMatchObject({
      attempts: 3,
    })
  })

  it('never puts a full phone or ID number into a group message', async () => {
    const q = queue()
    const sender = new RecordingSender()
    await q.sendToRoom('r@chatroom', '张三 13812345678 身份证 510521199001011234')
    q.resume(sender)
    await q.idle()
    q.pause()
    expect(sender.texts[0]!.text).toBe('张三 138****5678 身份证 510521********1234')
  })
})

describe('two bot processes on one database', () => {
  it('send each queued message exactly once', async () => {
    const other = createDb(temp.url)
    const a = queue()
    const b = new OutboundQueue({
      db: other,
      clock,
      log: pino({ level: 'silent' }),
      limits: { minGapMs: 0, jitterMs: 0, dailyCap: 100, splitAt: 500 },
      sleep: () => new Promise((resolve) => setImmediate(resolve)),
    })
    for (let i = 1; i <= 20; i++) await a.sendToContact('c1', `消息${i}`)
    const senderA = new RecordingSender()
    const senderB = new RecordingSender()
    a.resume(senderA)
    b.resume(senderB)
    await Promise.all([a.idle(), b.idle()])
    a.pause()
    b.pause()
    await other.$disconnect()
    const all = [...senderA.texts, ...senderB.texts].map((t) => t.text).sort()
    expect(all).toEqual(Array.from({ length: 20 }, (_, i) => `消息${i + 1}`).sort())
    expect(senderB.texts.length).toBeGreaterThan(0)
  })
})

describe('splitText', () => {
  it('leaves short text alone and never loses characters', () => {
    expect(splitText('短消息', 500)).toEqual(['短消息'])
    const text = '字'.repeat(1234)
    const parts = splitText(text, 500)
    expect(parts.map((p) => p.length)).toEqual([500, 500, 234])
  })
})
