import { describe, expect, it } from 'vitest'
import { classReminderText } from '../../handlers/schedule/texts.js'

describe('class reminder text', () => {
  it('says today or the date, the time, the topic and how long until it starts', () => {
    const now = new Date('2026-11-28T11:30:00Z')
    expect(
      classReminderText({
        topic: '流动课堂',
        startsAt: new Date('2026-11-28T12:00:00Z'),
        leadMinutes: 30,
        now,
      }),
    ).toBe('【课前提醒】今天 20:00 流动课堂，还有30分钟开始，请大家准时参加。')
    expect(
      classReminderText({ topic: '党课', startsAt: new Date('2026-11-29T01:00:00Z'), leadMinutes: 0, now }),
    ).toBe('【课前提醒】11月29日 9:00 党课，现在开始，请大家准时参加。')
  })
})
