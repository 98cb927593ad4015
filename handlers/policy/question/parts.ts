// Parts of a unit a question names in words the first reading of intent.ts does not cover: who issued or named
// something asked as a choice or of several bodies (省政府发的还是人社厅发的, 哪几个部门联合发的, 哪个单位命名的),
// when a document was issued (好久发的, 啥时候印发的), a figure before it was changed (原来上限是好多), and the way
// to apply (手机上能申请不, channel.ts).
import { asksChannel, namesChannel } from './channel.js'

/** 哪几个部门联合发的, 谁命名的, 省政府印发的还是人社厅发的: the bodies that issued or named it. */
const asksIssuingBodies =
  /((哪个|哪几个|哪几家|哪些|哪家|什么|啥子?)(单位|部门|机关|机构)[^，,。？?]{0,4}(命名|联合|评定|认定)|(谁|哪个)(命名|评定)的|(印发|发|出|出台|发布)的还是|(谁|哪个|哪家)(印发|发|出|出台|发布|制定)的|(政府|厅|局|委)[^，,。？?]{0,3}还是[^，,。？?]{0,6}(政府|厅|局|委))/
/** 由省财政厅……联合印发, 领导小组依据……命名了: the sentence naming the bodies. */
const issuingBodies =
  /(厅|政府|小组|办公室|部门|分行|监管局)[^。，；]{0,14}(印发|命名|发布)|由[^。；]{2,60}(联合)?印发/

/** 好久发的, 什么时候印发的: the day a document was issued. */
const asksIssueDate = /(好久|多久|什么时候|啥时候|哪个时候|几时)(才)?(发|印发|出台|发布|下发|出)的/
const issueDate = /\d{1,2}日|\d{4}-\d{2}-\d{2}|日期/

/** 原来上限是好多, 以前能贷几万: the figure before a change, which the member asks without stating it. */
const asksFormerFigure =
  /^[^\d]*(原来|以前|之前|过去|原先|调整前|提高前|没提高的时候)[^，,。？?\d]{0,10}(好多|多少|几)[^\d]*$/
/** 从400万元提到600万元, 以前最高30万元: the sentence stating the figure before. */
const formerFigure = /(从|原来|以前|原先|之前)[^。，；]{0,10}\d/

/** 是不是从1月1号开始执行, 哪天起施行: when a document takes effect, which the start of its period in force states. */
const asksTakingEffect =
  /(开始|起)(执行|施行|实施|生效)|(执行|施行|实施|生效)(的|了)?(吗|不|没|哦|嘛)|哪天起|几号起/
const takingEffect =
  /(施行|实施|生效)[^。，；]{0,4}\d{4}年\d{1,2}月\d{1,2}日|\d{4}年\d{1,2}月\d{1,2}日起(施行|实施|生效)/

/** 有几条, 是不是也是22条: how many measures a document has, which the sentence counting them states. */
const asksMeasureCount =
  /(几|多少|好多)条|(也|还|就)(是|有)[^，,。？?]{0,3}(\d{1,2}|[二两三四五六七八九十]{1,3})条/
const measureCount = /(\d{1,2}|[二两三四五六七八九十]{1,3})条措施/

/** 贴息从好久以后放的贷款才有: from which day loans granted are covered, which the date they start from states. */
const asksCoveredFrom =
  /(从|打)(好久|多久|什么时候|啥时候|哪个时候|哪天|几时)[^，,。？?]{0,6}(放|发放|贷|发)的(贷款|款)/
const coveredFrom = /\d{4}年\d{1,2}月\d{1,2}日(起|以后|之后)[^。，；]{0,4}(发放|放|贷)/

const extraParts: [RegExp, RegExp][] = [
  [asksCoveredFrom, coveredFrom],
  [asksIssuingBodies, issuingBodies],
  [asksTakingEffect, takingEffect],
  [asksMeasureCount, measureCount],
  [asksIssueDate, issueDate],
  [asksFormerFigure, formerFigure],
  [asksChannel, namesChannel],
]

/** The pattern of the sentence stating the part the question names, among these, or null. */
export function extraNamedPart(question: string): RegExp | null {
  return extraParts.find(([asked]) => asked.test(question))?.[1] ?? null
}

/** 今年的新政策是不是也是22条: a count the member puts forward for the document he asks about, not the one he names. */
const proposedCount = /(是不是|是)?(也|还|就)(是|有)[^，,。？?]{0,3}(\d{1,2}|[二两三四五六七八九十]{1,3})条/g

/** The question without a count of measures the member puts forward (也是22条), by which no document is named. */
export function withoutProposedCount(question: string): string {
  return question.replace(proposedCount, '')
}
