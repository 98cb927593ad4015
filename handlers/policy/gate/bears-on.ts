// A message about another matter (a credit card, a parcel, a job, a town household registration) that asks how it
// bears on this knowledge base's schemes: whether it bars the guarantee loan or the grant (影响贷款不, 还能贷不,
// 会不会卡我贷款, 对贷款有没有影响) or the returnee status (算不算返乡农民工). Such a message asks about the
// schemes whatever else it names. A loan for the household's own ends (以后还能贷款买房不) is not the scheme's loan,
// and another benefit (影响低保补贴不) is not its grant: only a few filler words may stand between.

/** Words that may stand between the verb and the scheme: 影响我申请创业担保贷款. */
const filler = '(我|到|了|我们|申请|办|拿|领|这个|那个|那|这|创业|担保|的){0,4}'
/** The scheme's loan, grant or a member's standing for them. */
const scheme = '(贷款|贷|借款|补贴|补助|资格)'

const bars = [
  new RegExp(`(影响|影不影响|耽误|妨碍|拖累|卡)${filler}${scheme}`),
  new RegExp(`(对|跟)${filler}${scheme}(有没有|有没得|会不会|会|有)?(影响|关系)`),
  new RegExp(
    `(还能|能不能|能否|可不可以|还可以|还可不可以)${filler}${scheme}(?!\\p{Script=Han}{0,2}(买|装修|上学|读书))`,
    'u',
  ),
]
/** 算不算返乡农民工, 还算返乡的不, 返乡算不算. */
const status = [
  /(算|算是)[^，。？?！!]{0,2}(返乡|入乡|回乡|农民工)/,
  /(返乡|入乡|回乡|农民工)[^，。？?！!]{0,4}算不算/,
]

/** The message asks whether something bars the loan or the grant, or whether the member counts as a returnee. */
export function bearsOnSchemes(question: string): boolean {
  return bars.some((p) => p.test(question)) || status.some((p) => p.test(question))
}
