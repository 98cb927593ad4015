// 证明农村户口要拿啥子, 户口本行不行, 用承包地的证可以不: a paper to prove the member's status, asked outright or
// with a yes/no on one he names. It asks which documents, which the proof unit (户口簿或集体土地权属证明) answers.

/** The papers a member may name to prove his household or his work away. */
const paper =
  '(户口簿|户籍证明|户口证明|身份证|土地证|确权证|权属证明?|承包[^，,。？?！!]{0,4}证|务工证明|工作证明|社保记录)'
const yesNo =
  '(行不行|行吗|行不|可以不|可不可以|可以吗|能不能用|能用不|管用不?|得行不|要得不|算不算数?|认不认)'

/** 证明农村户口要拿啥子, 户口本行不行, 拿土地证去证明可以不. */
export const asksProofPaper = new RegExp(
  `证明[^，,。？?！!]{0,12}(拿|带|交|要|用)(啥子|啥|什么|哪些|哪样)|${paper}[^，,。？?！!]{0,8}${yesNo}`,
)
