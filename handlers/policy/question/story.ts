// What a member tells about himself rather than asks: rough figures (十几年, 几十万, 好几个月) and clauses that
// state a past time or figure without asking anything (做了十几年, 开了4个月, 贷款三年到期了, 我住得偏). They do not
// decide the kind of fact asked, nor the topic.

import { withoutToldPlace } from './place-story.js'

/**
 * 十几年, 二十几个人, 好几年: a rough figure a member tells; its 几 does not ask (几千块 alone may: 给几千块钱嘛).
 */
export const roughFigure = /([一二两三四五六七八九十百千]十?几|好几)(?=[年个万千百天月人亩家户岁块元])/g

/** An asking word, once rough figures are out. */
const asking =
  /([吗么嘛呢？?]|不[？?]?$|没[？?]?$|几|多少|好多|多久|好久|多长|哪|啥|什么|咋|怎么|怎样|如何|谁|是不是|有没有|能不能|可不可以|要不要|行不行|算不算|管不管)/
/** A time or figure told as past: 做了十几年, 开了4个月, 三年到期了, 去年回来. */
const toldPast =
  /(了[^，,。？?]{0,3}(\d|[一二两三四五六七八九十半几])|(\d|[一二两三四五六七八九十半])[^，,。？?]{0,4}了|去年|前年|以前|当年|那年)/

/** A clause that tells the member's story (a past time or figure) and asks nothing. */
export function tellsOnly(clause: string): boolean {
  return toldPast.test(clause) && !asking.test(clause.replace(roughFigure, ''))
}

/** 住得偏, 住在山上, 住的地方远: where the member lives, said in his story, is not a question about housing. */
const livesAt = /住(?=得|在|的?地方|起|那|这)/g

/** The question without the story words that would otherwise be read as a topic (住得偏 is not 住房). */
export function withoutStoryWords(question: string): string {
  return withoutToldPlace(question).replace(livesAt, ' ')
}

/**
 * 营业执照也办好了, 执照刚下来, 证已经拿到了: what the member has already done or got. It is his story: the thing
 * he names there is not what he asks about (a done step, said with 了 or with 也/已经/刚 before it).
 */
const doneThing =
  /([^，,。？?！!\s]{2,8}?)(?:也|都|已经|早就|刚刚?|才)(?:办好|办下来|办了|下来|拿到|领到|弄好|搞好|批下来|批了|有了)了?|([^，,。？?！!\s]{2,8}?)(?:办好|办下来|下来|拿到手?|领到|弄好|搞好|批下来)了/gu
/** A span that asks is not told (执照办好了没有, 办下来了吗). */
const asksAfter = /^(没有?|吗|么|不|没)/

function doneSpans(question: string): RegExpExecArray[] {
  return [...question.matchAll(doneThing)].filter(
    (m) => !asksAfter.test(question.slice((m.index ?? 0) + m[0].length)),
  )
}

/** The things a member tells he already has or did (营业执照 in 营业执照也办好了). */
export function toldDone(question: string): string[] {
  return doneSpans(question).flatMap((m) => {
    const thing = m[1] ?? m[2]
    return thing ? [thing.replace(/^(我的?|我们的?|那个|这个|个)/, '')] : []
  })
}

/** The whole told spans (执照刚下来), the done step with the thing. */
export function toldDoneSpans(question: string): string[] {
  return doneSpans(question).map((m) => m[0])
}
