// Ready-made group texts for the ScheduleActions implementation (the lead may use or replace them).
import { formatClock, shanghaiDateKey, shanghaiParts } from '../shanghai.js'

/** e.g. `【课前提醒】今天 20:00 流动课堂「学习二十届四中全会精神」，还有30分钟开始，请大家准时参加。` */
export function classReminderText(r: {
  topic: string
  startsAt: Date
  leadMinutes: number
  now: Date
}): string {
  const p = shanghaiParts(r.startsAt)
  const sameDay = shanghaiDateKey(r.startsAt) === shanghaiDateKey(r.now)
  const day = sameDay ? '今天' : `${p.month}月${p.day}日`
  const soon = r.leadMinutes > 0 ? `，还有${r.leadMinutes}分钟开始` : '，现在开始'
  return `【课前提醒】${day} ${formatClock(p.hour, p.minute)} ${r.topic}${soon}，请大家准时参加。`
}
