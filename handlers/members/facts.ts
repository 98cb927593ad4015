// 四个清楚: where a member went (流向), what work they do (从业: employer and trade), wish to start a business at
// home (返乡创业意愿), wish to serve as village cadre (任村干部意愿), as the roster stores them.
import type { Member } from '../types.js'

export const FACT_FIELDS = ['city', 'employer', 'industry', 'returnWish', 'cadreWish'] as const
export type FactField = (typeof FACT_FIELDS)[number]

export const FACT_LABEL: Record<FactField, string> = {
  city: '现居城市',
  employer: '工作单位',
  industry: '从事行业',
  returnWish: '返乡创业意愿',
  cadreWish: '任村干部意愿',
}

/** The four facts as a secretary counts them (从业 covers employer and trade). */
export const FOUR_FACTS = [
  { name: '流向', fields: ['city'] },
  { name: '从业', fields: ['employer', 'industry'] },
  { name: '返乡创业意愿', fields: ['returnWish'] },
  { name: '任村干部意愿', fields: ['cadreWish'] },
] as const satisfies readonly { name: string; fields: readonly FactField[] }[]

export type FactsRecord = Pick<Member, FactField>

export const missingFields = (m: FactsRecord): FactField[] =>
  FACT_FIELDS.filter((f) => m[f] === null || m[f].trim() === '')

export const missingFacts = (m: FactsRecord): string[] =>
  FOUR_FACTS.filter((fact) => fact.fields.some((f) => missingFields(m).includes(f))).map((f) => f.name)

/** `填写信息 城市` → the fields that word names (流向/城市, 从业/单位/行业, 创业, 村干部). */
export function fieldsNamed(words: string): FactField[] {
  const named: FactField[] = []
  const add = (test: RegExp, fields: FactField[]) => {
    if (test.test(words)) named.push(...fields.filter((f) => !named.includes(f)))
  }
  add(/流向|城市|地点|住/u, ['city'])
  add(/从业/u, ['employer', 'industry'])
  add(/单位|工作/u, ['employer'])
  add(/行业/u, ['industry'])
  add(/创业|返乡/u, ['returnWish'])
  add(/村干部|干部/u, ['cadreWish'])
  return FACT_FIELDS.filter((f) => named.includes(f))
}

/** Said once after 报到 when something is missing (the bot can write privately only to its friends). */
export const FOUR_FACTS_INVITE = '请加我为好友，私聊发送「填写信息」，补全“四个清楚”（1分钟）。'
