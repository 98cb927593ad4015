// Quarters and years as a secretary names them, in Asia/Shanghai: 本季度, 上季度, 2026年第3季度, 三季度, 2026Q3; 2026, 去年.
import { fromShanghai, shanghaiParts } from '../shanghai.js'

export interface Period {
  from: Date
  /** exclusive */
  to: Date
  label: string
  year: number
}

const CHINESE = ['一', '二', '三', '四']

export function quarter(year: number, q: number): Period {
  const from = fromShanghai({ year, month: (q - 1) * 3 + 1, day: 1 })
  const to =
    q === 4
      ? fromShanghai({ year: year + 1, month: 1, day: 1 })
      : fromShanghai({ year, month: q * 3 + 1, day: 1 })
  return { from, to, label: `${year}年第${q}季度`, year }
}

export function yearPeriod(year: number): Period {
  return {
    from: fromShanghai({ year, month: 1, day: 1 }),
    to: fromShanghai({ year: year + 1, month: 1, day: 1 }),
    label: `${year}年`,
    year,
  }
}

/** null when the words are not a quarter. */
export function readQuarter(words: string, now: Date): Period | null {
  const p = shanghaiParts(now)
  const current = Math.floor((p.month - 1) / 3) + 1
  const t = words.normalize('NFKC').replace(/\s/g, '')
  if (t === '' || t === '本季度' || t === '这季度') return quarter(p.year, current)
  if (t === '上季度' || t === '上个季度')
    return current === 1 ? quarter(p.year - 1, 4) : quarter(p.year, current - 1)
  const m =
    /^(?:(\d{4})年?)?(?:第)?([1-4一二三四])(?:季度|季)$/u.exec(t) ?? /^(?:(\d{4}))?[Qq]([1-4])$/u.exec(t)
  if (!m) return null
  const q = /\d/.test(m[2] ?? '') ? Number(m[2]) : CHINESE.indexOf(m[2] ?? '') + 1
  return quarter(m[1] ? Number(m[1]) : p.year, q)
}

export function readYear(words: string, now: Date): Period | null {
  const year = shanghaiParts(now).year
  const t = words.normalize('NFKC').replace(/\s/g, '')
  if (t === '' || t === '今年' || t === '本年度') return yearPeriod(year)
  if (t === '去年' || t === '上年度') return yearPeriod(year - 1)
  const m = /^(\d{4})年?(?:度)?$/u.exec(t)
  const y = Number(m?.[1])
  return m && y >= 2000 && y <= year + 1 ? yearPeriod(y) : null
}
