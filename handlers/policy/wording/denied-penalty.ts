// 没逾期过, 从来没有违约: a penalty the member says did not happen is his story, not what he asks about; a penalty
// word there makes no "the base does not say" lead.

/** A denial before a penalty word (没逾期过, 从没有违约, 未产生罚息). */
const deniedPenalty =
  /(从来没有|从来没|从没有|从没|从未|不曾|没有|没得|莫得|没|未|无)(有|产生|出现|发生)?过?(逾期|违约|罚息|滞纳金|欠款不还)过?/g

/** The question without the penalties the member says did not happen. */
export function withoutDeniedPenalties(question: string): string {
  return question.replace(deniedPenalty, '')
}
