// What a member tells about himself rather than asks: rough figures (十几年, 几十万, 好几个月) and clauses that
// state a past time or figure without asking anything (做了十几年, 开了4个月, 贷款三年到期了, 我住得偏). They do not
// decide the kind of fact asked, nor the topic.

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
  return question.replace(livesAt, ' ')
}
