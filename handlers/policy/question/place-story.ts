// 巴中这边…在哪申请, 我在泸州老家开了个摊, 我们村有人说…: a place said as where the member is or who told him
// something is his story, not a place whose own rule he asks. Only when he asks that place's 标准, 规定 or an extra
// (额外, 另外, 自己的) does its own rule lead.
import { sichuanPlaces } from './places.js'

const placeWord = `(?:${sichuanPlaces}|(?:我们|咱们|俺们|我家|我那|我这)(?:县|镇|乡|村|市|区|州)?)`
/** X这边, X那边, X老家, 我们村有人: where the member is, or people there. */
const toldPlace = new RegExp(
  `${placeWord}(?:市|县|区|州|村|镇|乡)?(?:(?:这边|那边|这里|那里)(?!的)|老家|(?:里|上)?(?:有人|的人|好多人|大家))`,
  'u',
)
/** The place's own rule asked: 标准, 规定, 额外, 另外, 自己的. */
const ownRuleAsked = /(标准|规定|政策是|额外|另外|另给|另发|自己|单独|特殊|专门|不一样|加钱|也是|一样)/

/** Whether the place the question names is only where the member is (his story). */
export function placeIsStory(question: string): boolean {
  return toldPlace.test(question) && !ownRuleAsked.test(question)
}

/** The question with a told place blanked (泸州 of 我在泸州老家), so its name does not steer retrieval. */
export function withoutToldPlace(question: string): string {
  if (!placeIsStory(question)) return question
  return question.replace(new RegExp(toldPlace.source, 'gu'), (m) =>
    m.replace(new RegExp(`^${placeWord}`, 'u'), ' '),
  )
}
