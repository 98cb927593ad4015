// 回巴中申请还是在成都申请, 户籍地办还是经营地办: which of two places to apply in, the member's home or where his
// business is. It asks where, which the sentence naming the office (经营地…农民工服务中心) answers.

const goes = '(回|在|到|去)'
const applies = '(申请|办|领|交|报)'

/** 回宜宾办还是在乐山办, 在老家申请还是在这边申请, 户籍地还是经营地. */
export const homeOrBusiness = new RegExp(
  `${goes}[^，,。？?！!]{1,8}?${applies}[^，,。？?！!]{0,3}还是${goes}?[^，,。？?！!]{1,8}?${applies}|(户籍地|老家|户口所在地)[^，,。？?！!]{0,4}还是[^，,。？?！!]{0,4}(经营地|创业地|开店的地方|店所在地)`,
)

const homeTold = /(户口|户籍)(在|是|落在|属于)[^，,。？?！!]{1,8}/g

/**
 * 户口在宜宾: asked which place to apply in, where the member's household is registered is his story (the home of
 * the choice), not a question about household registration.
 */
export function toldHome(question: string): string[] {
  return homeOrBusiness.test(question) ? (question.match(homeTold) ?? []) : []
}
