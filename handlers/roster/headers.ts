// Finds the roster columns by their Chinese headers, tolerating spacing, full-width characters and notes in brackets.

export type RosterField =
  | 'name'
  | 'phone'
  | 'category'
  | 'originOrg'
  | 'city'
  | 'employer'
  | 'industry'
  | 'returnWish'
  | 'cadreWish'
  | 'note'

const SYNONYMS: Record<RosterField, string[]> = {
  name: ['姓名', '名字', '党员姓名'],
  phone: ['手机号', '手机', '联系电话', '电话', '手机号码', '联系方式', '电话号码'],
  category: ['党员类别', '类别', '党员类型'],
  originOrg: ['流出地党组织', '流出地', '原党组织', '所在党组织'],
  city: ['现居城市', '现居住地', '流入地', '务工城市', '现居住城市', '流入地城市'],
  employer: ['工作单位', '单位', '务工单位'],
  industry: ['从事行业', '行业'],
  returnWish: ['返乡创业意愿', '创业意愿'],
  cadreWish: ['任村干部意愿', '村干部意愿'],
  note: ['备注'],
}

export const REQUIRED_FIELDS: RosterField[] = ['name', 'phone']

export const FIELD_LABELS: Record<RosterField, string> = {
  name: '姓名',
  phone: '手机号',
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

/** Maps each field to a column index: exact synonyms first, then headers that contain a synonym. */
export function matchHeaders(cells: string[]): ColumnMap {
  const headers = cells.map(normalizeHeader)
  const map: ColumnMap = {}
  const taken = new Set<number>()
  const fields = Object.keys(SYNONYMS) as RosterField[]
  const claim = (test: (header: string, synonym: string) => boolean) => {
    for (const field of fields) {
      if (map[field] !== undefined) continue
      const index = headers.findIndex(
        (h, i) => h !== '' && !taken.has(i) && SYNONYMS[field].some((s) => test(h, s)),
      )
      if (index >= 0) {
        map[field] = index
        taken.add(index)
      }
    }
  }
  claim((h, s) => h === s)
  claim((h, s) => h.includes(s) && !h.includes('紧急'))
  return map
}
