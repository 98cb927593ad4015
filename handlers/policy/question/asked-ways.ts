// Ways of asking a kind of fact that name no kind word: a yes/no question carrying the member's own figure (能分五年还不
// asks the term, 能贷1000万不 the limit), who does a step (哪个来审核), which of two offices (去银行还是去人社), when
// the money is due back (好久要还清), and which document a rule is in (是哪个文件规定的).

import type { AnswerKind } from './intent.js'

/**
 * The clause asks yes or no, and the figure is in that clause (贷款三年到期了，…咋个办嘛 tells the term, it does not
 * propose one).
 */
const yesNo =
  '(?:^|[，,。？?！!；;])(?=[^，,。？?！!；;]*(能不能|可不可以|行不行|可以不|能否|得行|(吗|不|么|没|嘛|不得)([？?！!。]|$)))'
const inClause = '[^，,。？?！!；;]*'
const count = '(\\d{1,2}|[一二两三四五六七八九十]{1,2})'

/** 能分五年还不, 贷8年行不行: a term the member proposes, which the longest term answers. */
export const termByFigure = new RegExp(
  `${yesNo}${inClause}((分|贷|借)(?!了)[^，,。？?]{0,4}?${count}\\s*年|${count}\\s*年(内还|还清|还完|期))`,
)

/** 能贷1000万不, 借得到80万吗: a sum the member proposes, which the limit answers. */
export const sumByFigure = new RegExp(
  `${yesNo}${inClause}(贷|借)(?!了)(得到|得|到)?\\d+(\\.\\d+)?\\s*(万|千|元|块)`,
)

/** The member's own figure in a yes/no question asks the limit in its measure (checked before the kind words). */
export const figureAsks: [AnswerKind, RegExp][] = [
  ['duration', termByFigure],
  ['amount', sumByFigure],
]

/** 好久要还清, 几年就得还完: when a loan must be repaid, which its term answers. */
export const repayTime =
  /(多久|好久|几年|多长时间|好长时间|多少年|好多年)(就|才)?(要|得|必须)?还(清|完|款|钱|上)?/

/** 哪个来审核, 谁审批: who does a step of the procedure, which the office doing it answers. */
export const whoDoesStep =
  /(谁|哪个|哪家|哪个部门|哪个单位)(来|去|负责)?(审核|审批|审查|核实|认定|担保|放款|发放)/

/** 去银行还是去人社: which of two offices to go to. */
export const eitherOffice =
  /(去|到|找)\p{Script=Han}{1,6}还是(去|到|找)|(在|去|到)\p{Script=Han}{0,3}(镇|乡|县|市|区|街道)\p{Script=Han}{0,3}还是[^，,。？?！!]{0,3}(去|到|跑|找|在)[^，,。？?！!]{0,3}(镇|乡|县|市|区|街道|省)/u

/** 是哪个文件规定的, 依据是啥: which document a rule is in. */
export const asksWhichDocument =
  /((哪个|哪份|哪一个|哪一份|什么|啥子?)(文件|公告|政策文件)|文件是(哪个|哪份|啥|什么)|(依据|根据)(是|的是)?(哪个|什么|啥))/

/** 文号是好多, 几号文: a document's number asked with 多少, which asks the number, not an amount. */
export const numberAsked = /(文号|发文字号)[是为]?(好多|多少|几号|哪号)/g

/** A sentence naming a document: its number (〔2023〕8号, 2023年第19号) or title (《…》). */
export const namesDocument = /〔\d{4}〕\d*号|\d{4}年第\d+号|《[^》]+》/

/** 银行审查信用，就业部门审核资格: who does a step of the procedure, which answers 哪个审核 but is not where to apply. */
export const stepDoers =
  /(银行|就业部门|人社部门|担保机构|财政部门)[^，。；]{0,8}(审查|审核|审批|提供担保|放款|拨付)/g
