import { describe, expect, it } from 'vitest'
import { parseTimePhrase } from '../../handlers/schedule/phrase.js'
import { nextFireTimes, ruleFiresAt, cronForNodeCron } from '../../handlers/schedule/rule.js'
import { describeRule, shiftRuleEarlier } from '../../handlers/schedule/rule-words.js'
import { formatShanghai } from '../../handlers/shanghai.js'
import { parseDates } from '../../handlers/schedule/dates.js'

// Friday 27 November 2026, 20:00 in Shanghai
const NOW = new Date('2026-11-27T12:00:00Z')

function parsed(phrase: string, now = NOW) {
  const result = parseTimePhrase(phrase, now)
  if (!result.ok) throw new Error(`expected ${phrase} to parse: ${result.error}`)
  return result
}
const cronOf = (phrase: string) => {
  const { rule } = parsed(phrase)
  return rule.type === 'cron' ? rule.cron : `once ${rule.at.toISOString()}`
}
const nextThree = (phrase: string, now = NOW) =>
  nextFireTimes(parsed(phrase, now).rule, now, 3).map(formatShanghai)
const errorOf = (phrase: string) => {
  const result = parseTimePhrase(phrase, NOW)
  if (result.ok) throw new Error(`expected ${phrase} to fail, got ${result.words}`)
  return result.error
}

describe('recurring phrases', () => {
  it.each([
    ['每天 20:00', '0 20 * * *', '每天 20:00'],
    ['每日 7:05', '5 7 * * *', '每天 7:05'],
    ['每周三 20:00', '0 20 * * 3', '每周三 20:00'],
    ['每周三20:00', '0 20 * * 3', '每周三 20:00'],
    ['每周一三五 21:00', '0 21 * * 1,3,5', '每周一、三、五 21:00'],
    ['每周一、三、五 21:00', '0 21 * * 1,3,5', '每周一、三、五 21:00'],
    ['星期日 9:30', '30 9 * * 0', '每周日 9:30'],
    ['周日 9:30', '30 9 * * 0', '每周日 9:30'],
    ['礼拜天 上午9点', '0 9 * * 0', '每周日 9:00'],
    ['每周六日 10:00', '0 10 * * 0,6', '每周六、日 10:00'],
    ['周末 10:00', '0 10 * * 0,6', '每周六、日 10:00'],
    ['工作日 8:30', '30 8 * * 1-5', '工作日 8:30'],
    ['周一至周五 8:30', '30 8 * * 1-5', '工作日 8:30'],
    ['每周一到五 早上7点一刻', '15 7 * * 1-5', '工作日 7:15'],
    ['每月15日 19:30', '30 19 15 * *', '每月15日 19:30'],
    ['每月15号 19:30', '30 19 15 * *', '每月15日 19:30'],
    ['每月三十一号 20:00', '0 20 31 * *', '每月31日 20:00'],
    ['每月最后一天 20:00', '0 20 L * *', '每月最后一天 20:00'],
    ['每月月底 20:00', '0 20 L * *', '每月最后一天 20:00'],
  ])('%s → %s', (phrase, cron, words) => {
    const result = parsed(phrase)
    expect(result.rule).toEqual({ type: 'cron', cron })
    expect(result.words).toBe(words)
  })

  it.each([
    ['每天 晚上8点', '0 20 * * *'],
    ['每天 晚上八点半', '30 20 * * *'],
    ['每天 下午3点半', '30 15 * * *'],
    ['每天 下午三点', '0 15 * * *'],
    ['每天 20点30分', '30 20 * * *'],
    ['每天 二十点三十分', '30 20 * * *'],
    ['每天 19时', '0 19 * * *'],
    ['每天 中午12点', '0 12 * * *'],
    ['每天 中午1点', '0 13 * * *'],
    ['每天 凌晨0:30', '30 0 * * *'],
    ['每天 早上7点三刻', '45 7 * * *'],
    ['每天 ２０：００', '0 20 * * *'],
    ['每周三　２１：３０', '30 21 * * 3'],
  ])('time variant %s → %s', (phrase, cron) => {
    expect(cronOf(phrase)).toBe(cron)
  })

  it('keeps what follows the time as the rest (topic, duration)', () => {
    expect(parsed('每周三 20:00 学习强国学习交流 时长15分钟').rest).toBe('学习强国学习交流 时长15分钟')
    expect(parsed('每月15日 19:30 主题党日').rest).toBe('主题党日')
  })

  it('returns the next three fire times with the rule', () => {
    expect(parsed('每周三 20:00').next).toEqual([
      new Date('2026-12-02T12:00:00Z'),
      new Date('2026-12-09T12:00:00Z'),
      new Date('2026-12-16T12:00:00Z'),
    ])
    expect(parsed('明天 20:00').next).toEqual([new Date('2026-11-28T12:00:00Z')])
  })

  it('gives the next three fire times in Shanghai time', () => {
    expect(nextThree('每周三 20:00')).toEqual([
      '12月2日（周三）20:00',
      '12月9日（周三）20:00',
      '12月16日（周三）20:00',
    ])
    // 20:00 on a Friday is "now": the next one is strictly later
    expect(nextThree('每天 20:00')[0]).toBe('11月28日（周六）20:00')
    expect(nextThree('工作日 8:30')).toEqual([
      '11月30日（周一）8:30',
      '12月1日（周二）8:30',
      '12月2日（周三）8:30',
    ])
  })

  it('fires on the last day of each month, including February and leap years', () => {
    const jan = new Date('2027-01-15T00:00:00Z')
    expect(nextThree('每月最后一天 20:00', jan)).toEqual([
      '1月31日（周日）20:00',
      '2月28日（周日）20:00',
      '3月31日（周三）20:00',
    ])
    const leap = nextFireTimes({ type: 'cron', cron: '0 20 L * *' }, new Date('2028-02-01T00:00:00Z'), 1)
    expect(leap.map(formatShanghai)).toEqual(['2月29日（周二）20:00'])
    const rule = { type: 'cron', cron: '0 20 L * *' } as const
    expect(ruleFiresAt(rule, new Date('2027-02-28T12:00:00Z'))).toBe(true)
    expect(ruleFiresAt(rule, new Date('2027-03-28T12:00:00Z'))).toBe(false)
    expect(ruleFiresAt(rule, new Date('2027-03-30T12:00:00Z'))).toBe(false)
    expect(cronForNodeCron('0 20 L * *')).toBe('0 20 28-31 * *')
  })
})

describe('one-off phrases', () => {
  it('明天 / 后天 / 大后天 with a time, keeping the topic', () => {
    const result = parsed('预告明天 20:00'.slice(2) + ' 流动课堂 学习二十届四中全会精神')
    expect(result.rule).toEqual({ type: 'once', at: new Date('2026-11-28T12:00:00Z') })
    expect(result.rest).toBe('流动课堂 学习二十届四中全会精神')
    expect(result.words).toBe('2026年11月28日（周六）20:00（一次）')
    expect(cronOf('后天 晚上八点')).toBe('once 2026-11-29T12:00:00.000Z')
    expect(cronOf('大后天 9:00')).toBe('once 2026-11-30T01:00:00.000Z')
    expect(cronOf('明晚8点')).toBe('once 2026-11-28T12:00:00.000Z')
  })

  it('explicit dates, next year when the day has passed', () => {
    expect(cronOf('11月30日 19:30')).toBe('once 2026-11-30T11:30:00.000Z')
    expect(cronOf('11月30号 晚上7点半')).toBe('once 2026-11-30T11:30:00.000Z')
    expect(cronOf('3月5日 9:00')).toBe('once 2027-03-05T01:00:00.000Z')
    expect(cronOf('2026-12-01 20:00')).toBe('once 2026-12-01T12:00:00.000Z')
    expect(cronOf('下周三 20:00')).toBe('once 2026-12-02T12:00:00.000Z')
    expect(nextThree('11月30日 19:30')).toEqual(['11月30日（周一）19:30'])
  })

  it('refuses a time that has already passed today', () => {
    expect(errorOf('今天 19:00')).toContain('已经过去')
    expect(errorOf('今晚8点')).toContain('已经过去')
  })
})

describe('raw cron for experts', () => {
  it('accepts a valid 5-field expression and describes it', () => {
    const result = parsed('30 19 * * 3 学习')
    expect(result.rule).toEqual({ type: 'cron', cron: '30 19 * * 3' })
    expect(result.words).toBe('每周三 19:30')
    expect(result.rest).toBe('学习')
    expect(parsed('0 9 1,15 * *').words).toBe('每月1日、15日 9:00')
    expect(parsed('0 9 * 1-6 *').words).toBe('按表达式 0 9 * 1-6 *')
  })

  it.each([
    ['0 25 * * *', '不对'],
    ['61 1 * * *', '不对'],
    ['0 20 32 * *', '不对'],
    ['0 20 * * 8', '不对'],
    ['*/5 * * * *', '太频繁'],
    ['0 0 20 * * *', '5 段'],
  ])('rejects %s', (cron, message) => {
    expect(errorOf(cron)).toContain(message)
  })
})

describe('impossible or unparseable phrases', () => {
  it.each([
    ['每月32日 20:00', '每月没有「32」号'],
    ['每月0日 20:00', '每月没有「0」号'],
    ['每天 25:00', '「25:00」不是正常的时间'],
    ['每天 20:61', '「20:61」不是正常的时间'],
    ['每周八 20:00', '没有「周八」这一天'],
    ['每周 20:00', '「每周」没写星期几'],
    ['2月30日 20:00', '没有「2月30日」这一天'],
    ['随便什么时候', '没看懂「随便什么时候」'],
    ['', '请写时间'],
  ])('%s → %s, with examples', (phrase, message) => {
    const error = errorOf(phrase)
    expect(error).toContain(message)
    expect(error).toContain('每周三 20:00')
  })

  it('asks one short question about a missing time, without the list of examples', () => {
    expect(errorOf('每天')).toBe('「每天」是几点？例如 每天 20:00')
    expect(errorOf('每晚')).toBe('「每晚」是几点？例如 每晚8点')
  })
})

describe('reminder shift', () => {
  const earlier = (cron: string, minutes: number) =>
    shiftRuleEarlier({ type: 'cron', cron }, minutes)?.cron ?? null
  it('moves a rule earlier, across midnight too', () => {
    expect(earlier('0 20 * * 3', 30)).toBe('30 19 * * 3')
    expect(earlier('10 0 * * 1,3', 30)).toBe('40 23 * * 0,2')
    expect(earlier('10 0 15 * *', 30)).toBe('40 23 14 * *')
    expect(earlier('10 0 L * *', 30)).toBeNull()
    expect(earlier('*/30 20 * * *', 10)).toBeNull()
    expect(describeRule({ type: 'cron', cron: '30 19 * * 3' })).toBe('每周三 19:30')
  })
})

describe('skip dates', () => {
  it('reads single dates and ranges', () => {
    expect(parseDates('12月31日 元旦前夕', NOW)).toEqual({
      ok: true,
      dates: ['2026-12-31'],
      rest: '元旦前夕',
    })
    expect(parseDates('明天', NOW)).toEqual({ ok: true, dates: ['2026-11-28'], rest: '' })
    const range = parseDates('10月1日至10月7日 国庆', NOW)
    expect(range.ok && range.dates).toHaveLength(7)
    expect(range.ok && range.dates[0]).toBe('2027-10-01')
    expect(parseDates('12月30日-1月2日', NOW)).toMatchObject({
      ok: true,
      dates: ['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02'],
    })
    expect(parseDates('12月5日-12月1日', NOW)).toMatchObject({ ok: false })
    expect(parseDates('2026-12-30到2027-01-02', NOW)).toMatchObject({
      ok: true,
      dates: ['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02'],
    })
    expect(parseDates('12月1日-3日', NOW)).toMatchObject({
      ok: true,
      dates: ['2026-12-01', '2026-12-02', '2026-12-03'],
    })
    expect(parseDates('下雨天', NOW).ok).toBe(false)
    expect(parseDates('2月30日', NOW).ok).toBe(false)
  })
})

describe('rules one node-cron expression cannot say', () => {
  const biweekly = { type: 'cron', cron: '0 9 * * 6', weeks: { every: 2, anchor: '2026-11-23' } } as const
  it('every other week fires in the anchor week and every second week after it, nowhere else', () => {
    expect(ruleFiresAt(biweekly, new Date('2026-11-28T01:00:00Z'))).toBe(true)
    expect(ruleFiresAt(biweekly, new Date('2026-12-05T01:00:00Z'))).toBe(false)
    expect(ruleFiresAt(biweekly, new Date('2026-12-12T01:00:30Z'))).toBe(true)
    expect(ruleFiresAt(biweekly, new Date('2026-11-14T01:00:00Z'))).toBe(true) // cycles run both ways
    expect(cronForNodeCron(biweekly.cron)).toBe('0 9 * * 6')
    expect(describeRule(biweekly)).toBe('隔周周六 9:00')
  })

  it('n-th and last weekdays give node-cron the plain weekday', () => {
    expect(cronForNodeCron('0 20 * * 6#2')).toBe('0 20 * * 6')
    expect(cronForNodeCron('0 20 * * 0L')).toBe('0 20 * * 0')
    expect(describeRule({ type: 'cron', cron: '0 20 * * 6#2' })).toBe('每月第二个周六 20:00')
    expect(describeRule({ type: 'cron', cron: '0 20 * * 0L' })).toBe('每月最后一个周日 20:00')
    expect(describeRule({ type: 'cron', cron: '0 9 1 7 *' })).toBe('每年7月1日 9:00')
  })

  it('a reminder before a rule keeps its cycle and start day, shifted to the day before across midnight', () => {
    const late = {
      type: 'cron',
      cron: '10 0 * * 0',
      weeks: { every: 3, anchor: '2026-11-23' },
      startsOn: '2026-12-01',
    } as const
    expect(shiftRuleEarlier(late, 30)).toEqual({
      type: 'cron',
      cron: '40 23 * * 6',
      weeks: { every: 3, anchor: '2026-11-22' },
      startsOn: '2026-11-30',
    })
    expect(shiftRuleEarlier({ type: 'cron', cron: '10 0 5 3 *' }, 30)?.cron).toBe('40 23 4 3 *')
    expect(shiftRuleEarlier({ type: 'cron', cron: '10 0 1 7 *' }, 30)).toBeNull()
    expect(shiftRuleEarlier({ type: 'cron', cron: '10 0 * * 6#2' }, 30)).toBeNull()
    expect(shiftRuleEarlier({ type: 'cron', cron: '10 20 * * 6#2' }, 30)?.cron).toBe('40 19 * * 6#2')
  })
})

describe('what follows the time', () => {
  it.each([
    ['每周三晚上八点整 党课', '0 20 * * 3', '党课'],
    ['每周三晚上八点整党课', '0 20 * * 3', '党课'],
    ['每周三晚上8点整理台账', '0 20 * * 3', '整理台账'],
    ['每周三晚上8点的党课', '0 20 * * 3', '党课'],
    ['每周五晚上8点开始点名', '0 20 * * 5', '点名'],
    ['每天晚上8点 半小时', '0 20 * * *', '半小时'],
    ['每天晚上8点 一刻钟 学习', '0 20 * * *', '一刻钟 学习'],
    ['每天 晚上 8 点 半 学习', '30 20 * * *', '学习'],
    ['每天 8:00 PM 学习', '0 20 * * *', '学习'],
    ['每天 20:00:00 学习', '0 20 * * *', '学习'],
    ['周一到周五每天晚上8点 打卡', '0 20 * * 1-5', '打卡'],
  ])('%s → %s, rest %s', (phrase, cron, rest) => {
    const result = parsed(phrase)
    expect(result.rule).toEqual({ type: 'cron', cron })
    expect(result.rest).toBe(rest)
  })

  it.each([
    ['每周三 20:00 21:00', '没看懂「21:00」'],
    ['每天早上8点和20点', '没看懂「20点」'],
    ['每周三晚上8点和周五晚上9点', '没看懂「和周五」'],
    ['每天晚上八点差五分 学习', '没看懂「差五分」'],
    ['每周三晚上7、8点 学习', '没看懂「晚上7、8点」'],
  ])('refuses a second time in %s by name', (phrase, message) => {
    expect(errorOf(phrase)).toContain(message)
  })
})
