// 头一笔五千到手了，后面那一笔还能补好多: a payment of a grant paid in instalments, named by its place in the row,
// is answered by the unit that says the grant comes in instalments (分两笔), not by a unit with the word 最多.

/** 第二笔, 后面那一笔, 头一笔: an instalment named by its place. */
const namesInstalment = /(第[一二三两2]|头|前|后面?|后头|剩下|另|下)(那|这)?一?笔/
/** 第二笔贷款, 贷的那笔: an instalment of a loan, which is not a grant's. */
const loanInstalment = /笔[^，。？?]{0,3}(贷|借)|(贷|借)[^，。？?]{0,4}笔/
/** 分两笔, 第二笔: the unit says the grant is paid in instalments. */
const paidInInstalments = /(分(两|二|2|几)笔|第二笔)/

/** How much more a unit scores for a question naming an instalment when it says the grant comes in instalments. */
export function instalmentFactor(question: string, text: string): number {
  if (!namesInstalment.test(question) || loanInstalment.test(question)) return 1
  return paidInInstalments.test(text) ? 3 : 1
}
