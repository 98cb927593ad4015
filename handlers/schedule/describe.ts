// How a stored schedule reads to people.
import type { Schedule } from '../../prisma/generated/client.js'
import { ruleOf } from './rule.js'
import { describeRule } from './rule-words.js'

const KIND_NAMES: Record<string, string> = {
  rollcall: '定时点名',
  class: '课前提醒',
  'makeup-reminder': '补课提醒',
}

export function kindName(kind: string): string {
  return KIND_NAMES[kind] ?? kind
}

/** e.g. `定时点名「学习强国」每周三 20:00` or `课前提醒「流动课堂」每周三 19:30（课前30分钟）` */
export function describeSchedule(
  s: Pick<
    Schedule,
    'kind' | 'topic' | 'cron' | 'runAt' | 'everyWeeks' | 'weekAnchor' | 'startsOn' | 'leadMinutes'
  >,
): string {
  const rule = ruleOf(s)
  const words = rule ? describeRule(rule) : '（无效规则）'
  const topic = s.topic ? `「${s.topic}」` : ''
  const lead = s.kind === 'class' && s.leadMinutes > 0 ? `（课前${s.leadMinutes}分钟）` : ''
  return `${kindName(s.kind)}${topic}${words}${lead}`
}
