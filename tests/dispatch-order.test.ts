// Messages of one group are handled in the order they arrived, groups run side by side, and every message the
// bot does not act on is counted by reason and reported in the log.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createLogger, MemoryLogSink } from '../bot/logger.js'
import { Arrivals } from '../bot/wechaty/arrivals.js'
import type { Incoming } from '../handlers/types.js'
import { ROOM, seedBranch, startChat, type Chat } from './support/chat.js'

const SECRETARY = { id: 'wx-sec', name: '王书记' }
const ZHANG = { id: 'wx-zhang', name: '张三' }
const LI = { id: 'wx-li', name: '李四' }
const OTHER_ROOM = 'room-2'

let chat: Chat
let logs: MemoryLogSink
beforeEach(async () => {
  logs = new MemoryLogSink()
  chat = await startChat({ log: createLogger({ sink: logs, level: 'info' }) })
  const branch = await seedBranch(chat, {
    members: [
      { name: '张三', contactId: ZHANG.id },
      { name: '李四', contactId: LI.id },
    ],
    secretaries: [SECRETARY],
  })
  await chat.db.group.create({
    data: { roomId: OTHER_ROOM, topic: '二群', branchId: branch.id, boundBy: 'seed' },
  })
})
afterEach(() => chat.stop())

function message(from: { id: string; name: string }, text: string, roomId = ROOM): Incoming {
  return {
    id: `${from.id}-${text}`,
    roomId,
    roomTopic: null,
    talkerId: from.id,
    talkerName: from.name,
    text,
    mentions: [],
    addressed: false,
    file: null,
    at: chat.clock.now(),
  }
}

/** Log lines pass through the redacting stream a tick later. */
const flushLogs = () => new Promise((resolve) => setTimeout(resolve, 0))

/** A message still loading (its payload, talker, room): resolves when the test says so. */
function loading(msg: Incoming) {
  let arrive: (m: Incoming) => void = () => {}
  const promise = new Promise<Incoming>((resolve) => (arrive = resolve))
  return { promise, arrive: () => arrive(msg) }
}

describe('per-group order', () => {
  it('a 结束 that finished loading first still waits for the sign-ins sent before it', async () => {
    await chat.say(SECRETARY, '点名 10')
    const zhang = loading(message(ZHANG, '到'))
    const li = loading(message(LI, '签到'))
    const { dispatcher } = chat.runtime
    void dispatcher.receive(ROOM, zhang.promise)
    void dispatcher.receive(ROOM, li.promise)
    const closing = dispatcher.receive(ROOM, message(SECRETARY, '结束'))
    li.arrive()
    zhang.arrive()
    await closing
    await chat.settle()
    const summary = chat.groupTexts().find((t) => t.includes('实到会党员'))
    expect(summary).toContain('应到会党员2名，实到会党员2名')
  })

  it('a message still loading in one group does not hold up another group', async () => {
    const stuck = loading(message(ZHANG, '到'))
    const { dispatcher } = chat.runtime
    void dispatcher.receive(ROOM, stuck.promise)
    await dispatcher.receive(OTHER_ROOM, message(LI, '帮助', OTHER_ROOM))
    await chat.runtime.outbound.idle()
    expect(chat.groupTexts(OTHER_ROOM)[0]).toContain('可用命令')
    stuck.arrive()
    await chat.settle()
  })
})

describe('dropped messages', () => {
  it('are counted by reason and logged once a minute when there were any', async () => {
    await chat.say(ZHANG, '今天加班，晚点看群')
    await chat.say(LI, '收到')
    await chat.say(ZHANG, '开课 党章学习')
    await chat.runtime.dispatcher.receive(ROOM, Promise.reject(new Error('gateway hiccup')))
    chat.runtime.reportDrops()
    await flushLogs()
    const reports = logs.lines.filter((l) => l.msg === '未处理的消息（按原因计数）')
    expect(reports.map((l) => l.dropped)).toEqual([{ 'not-for-bot': 2, refused: 1, 'load-failed': 1 }])
    expect(logs.lines.some((l) => l.msg === '读取消息失败')).toBe(true)
    chat.runtime.reportDrops()
    await flushLogs()
    expect(logs.lines.filter((l) => l.msg === '未处理的消息（按原因计数）')).toHaveLength(1)
  })
})

describe('arrival order from the gateway', () => {
  afterEach(() => vi.useRealTimers())

  it('releases messages in the order the gateway announced them, whatever order they load in', () => {
    const released: string[] = []
    const arrivals = new Arrivals({ holdMs: 5000, onGiveUp: () => {} })
    for (const id of ['a', 'b', 'c']) arrivals.announced(id)
    arrivals.loaded('c', () => released.push('c'))
    arrivals.loaded('a', () => released.push('a'))
    expect(released).toEqual(['a'])
    arrivals.loaded('b', () => released.push('b'))
    expect(released).toEqual(['a', 'b', 'c'])
    expect(arrivals.pending).toBe(0)
  })

  it('gives up on a message that never loads, after the hold time, and lets the rest through', () => {
    vi.useFakeTimers()
    const released: string[] = []
    const givenUp: string[] = []
    const arrivals = new Arrivals({ holdMs: 5000, onGiveUp: (id) => givenUp.push(id) })
    arrivals.announced('lost')
    arrivals.announced('next')
    arrivals.loaded('next', () => released.push('next'))
    vi.advanceTimersByTime(4999)
    expect(released).toEqual([])
    vi.advanceTimersByTime(1)
    expect(givenUp).toEqual(['lost'])
    expect(released).toEqual(['next'])
    arrivals.loaded('lost', () => released.push('lost'))
    expect(released).toEqual(['next', 'lost'])
  })
})
