// Another city's own figure asked directly (达州SYB培训补贴是好多, 成都金堂的…每人补好多) when the chosen sentence
// states 内江's figure: the answer says first that the other city's figure is not in the base, then 内江's as reference.
import { sichuanPlacesIn } from '../question/places.js'

/** 好多, 多少, 标准: a figure is asked. */
const asksFigure = /(好多|多少|几多|几百|几千|标准|金额|比例|补多|给多|发多)/
/** 内江的标准是, 内江的做法: the sentence gives 内江's own figure or practice. */
const neijiangFigure = /内江(市)?的(标准|做法|规定)/

/** What is missing (达州的标准), as it follows 本库没有写明, or '' when no other city's figure is asked. */
export function otherCityFigureGap(question: string, leadSentence: string): string {
  const cities = sichuanPlacesIn(question)
  if (cities.includes('内江') || !neijiangFigure.test(leadSentence) || !asksFigure.test(question)) return ''
  const [other] = cities
  return other ? `${other}的标准` : ''
}
