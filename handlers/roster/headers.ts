// Finds the roster columns by their Chinese headers, tolerating spacing, full-width characters and notes in brackets.

export type RosterField =
  | 'name'
  | 'phone'
  | 'idNumber'
  | 'category'
  | 'originOrg'
  | 'city'
  | 'employer'
  | 'industry'
  | 'returnWish'
  | 'cadreWish'
  | 'note'

/**
 * Header words per field, best first: when a file has several candidate columns (流出地党组织 and 籍贯), the
 * column with the earlier synonym wins. Includes the bot's own export headers (类别, 所在城市, 行业).
 */
const SYNONYMS: Record<RosterField, string[]> = {
  name: ['姓名', '党员姓名', '名字'],
  phone: ['手机号', '手机号码', '手机', '联系电话', '联系手机', '移动电话', '联系方式', '电话号码', '电话'],
  idNumber: [
    '身份证号',
    '身份证号码',
    '公民身份号码',
    '公民身份证号码',
    '公民身份证号',
    '身份证件号码',
    '身份证',
    '证件号码',
    '证件号',
  ],
  category: ['党员类别', '类别', '党员类型', '党员身份', '人员类别'],
  originOrg: [
    '流出地党组织',
    '流出地党组织名称',
    '流出党组织',
    '流出地',
    '原党组织',
    '原所在党组织',
    '组织关系所在党组织',
    '组织关系所在地',
    '党组织关系所在单位',
    '所在党组织',
    '籍贯',
  ],
  city: [
    '现居城市',
    '所在城市',
    '现居住地',
    '现居住城市',
    '现居地',
    '流入地',
    '流入地城市',
    '务工城市',
    '务工地点',
    '外出务工地点',
    '工作地点',
    '流向',
    '居住地',
    '现住址',
  ],
  employer: ['工作单位', '务工单位', '就业单位', '所在单位', '单位'],
  industry: ['从事行业', '行业', '从业情况', '从事工作', '职业'],
  returnWish: ['返乡创业意愿', '创业意愿'],
  cadreWish: ['任村干部意愿', '村干部意愿'],
  note: ['备注'],
}

/** Headers that contain a synonym but mean something else (紧急联系人电话, 流入地党组织). */
const NOT_THIS_FIELD: Partial<Record<RosterField, string[]>> = {
  phone: ['紧急', '党组织', '单位', '家属', '书记'],
  city: ['党组织', '党支部'],
  employer: ['党组织'],
  originOrg: ['电话', '联系人'],
}

export const REQUIRED_FIELDS: RosterField[] = ['name', 'phone']

export const FIELD_LABELS: Record<RosterField, string> = {
  name: '姓名',
  phone: '手机号',
  idNumber: '身份证号',
  category: '党员类别',
  originOrg: '流出地党组织',
  city: '现居城市',
  employer: '工作单位',
  industry: '从事行业',
  returnWish: '返乡创业意愿',
  cadreWish: '任村干部意愿',
  note: '备注',
}

/** `手机号（必填）*` → `手机号`; `姓 名` → `姓名`. */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[(（[【<《].*?[)）\]】>》]/g, '')
    .replace(/[\s\u200b-\u200d\ufeff*＊:：、。.,，_\-/\\]/g, '')
}

export type ColumnMap = Partial<Record<RosterField, number>>

/** Maps each field to a column index: exact synonyms first (best synonym first), then headers that contain one. */
export function matchHeaders(cells: string[]): ColumnMap {
  const headers = cells.map(normalizeHeader)
  const map: ColumnMap = {}
  const taken = new Set<number>()
  const fields = Object.keys(SYNONYMS) as RosterField[]
  const claim = (test: (header: string, synonym: string, field: RosterField) => boolean) => {
    for (const field of fields) {
      if (map[field] !== undefined) continue
      for (const synonym of SYNONYMS[field]) {
        const index = headers.findIndex((h, i) => h !== '' && !taken.has(i) && test(h, synonym, field))
        if (index < 0) continue
        map[field] = index
        taken.add(index)
        break
      }
    }
  }
  claim((h, s) => h === s)
  claim((h, s, field) => h.includes(s) && !(NOT_THIS_FIELD[field] ?? []).some((word) => h.includes(word)))
  return map
}
