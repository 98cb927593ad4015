// Rows below the header that are not people: totals, signatures and dates, notes, merged explanation rows.

export type NonPersonKind = 'total' | 'signature' | 'note'

export interface NonPersonRow {
  kind: NonPersonKind
  /** The head count a totals row states (合计：25人), to compare with what was read. */
  declaredTotal?: number
}

const TOTAL = /^(合计|总计|共计|总人数|人数合计)/
/** Part of a total: not compared with the people read. */
const SUBTOTAL = /^(小计|累计)/
const SIGNATURE =
  /^(填表人|填报人|制表人|审核人|审批人|负责人|经办人|统计人|联系人|书记签字|签字|签名|盖章|填表日期|填报日期|制表日期|统计日期|报送日期|日期)|盖章|签字|签名|（章）|\(章\)/
const NOTE = /^(备注|说明|注[:：意\d]|附注|附件|填表说明|填报说明|以下空白|以下无内容|此表|本表)/

export const NON_PERSON_LABEL: Record<NonPersonKind, string> = {
  total: '合计行',
  signature: '签字、日期等表尾',
  note: '说明文字',
}

/**
 * Looks at the name cell and the cells left of it (where 序号 sits, and 合计 usually is). A row whose filled
 * cells all hold the same text is a merged explanation row; so is a lone sentence in the first columns.
 */
export function nonPersonRow(cells: string[], nameColumn: number): NonPersonRow | null {
  const lead = cells
    .slice(0, nameColumn + 1)
    .map(compact)
    .filter((c) => c !== '' && !/^\d+$/.test(c))
  const joined = cells.map(compact).join('')
  for (const text of lead) {
    if (SUBTOTAL.test(text)) return { kind: 'total' }
    if (TOTAL.test(text)) return { kind: 'total', ...declaredTotal(joined) }
    if (SIGNATURE.test(text)) return { kind: 'signature' }
    if (NOTE.test(text)) return { kind: 'note' }
  }
  const filled = cells.map(compact).filter((c) => c !== '')
  if (filled.length >= 2 && filled.every((c) => c === filled[0])) return { kind: 'note' }
  const only = filled.length === 1 ? lead[0] : undefined
  if (only && (/[，。；：,;:、]/.test(only) || only.length >= 15)) return { kind: 'note' }
  return null
}

/** `合计：25人`, `共计 25 名`, or a bare number in the totals row. */
function declaredTotal(text: string): { declaredTotal?: number } {
  const match = /(\d+)(人|名)/.exec(text) ?? /^\D*(\d{1,5})\D*$/.exec(text)
  return match?.[1] ? { declaredTotal: Number(match[1]) } : {}
}

const compact = (text: string) => text.normalize('NFKC').replace(/\s/g, '')
