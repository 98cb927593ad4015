// Places of Sichuan a question names, and whose local rule it asks (我们县, 宜宾的).

export const sichuanPlaces =
  '成都|自贡|攀枝花|泸州|德阳|绵阳|广元|遂宁|内江|乐山|南充|眉山|宜宾|广安|达州|雅安|巴中|资阳|阿坝|甘孜|凉山'
const localScope = new RegExp(
  // 在镇上开了个店, 在场镇上, 回县里: where the member is or works, not whose rule is asked; 县认定的, 县级认定: a
  // category of thing (a base the county recognised), not the member's county
  `(?<![在回到去来住]|[在回到去来住]场)((我们|咱们|俺们|我家|我那|我这|你们)(那边|这边|那里|这里)?(县|镇|乡|村|市|区|州|当地|本地)|县里|县上|镇上|乡里|乡上|区上|本县|本镇|本市|当地|本地|(${sichuanPlaces})(市|州)?\\p{Script=Han}{1,3}?[县区](?!城)|(${sichuanPlaces})(市|县|区|州)?(的|那边|这边))(?![级上里]?(认定|评定))`,
  'u',
)

/** The place a question is about when it asks for a local rule (我们县, 宜宾的…), else null. */
export function localPlaceOf(question: string): string | null {
  const m = localScope.exec(question)
  if (!m) return null
  return m[0]
    .replace(/(的|那边|这边|那里|这里)$/, '')
    .replace(/^(我们|咱们|俺们|我家|我那|我这|你们)/, '你们')
}

/** The distinct cities and prefectures of Sichuan a question names (资阳, 绵阳). */
export function sichuanPlacesIn(question: string): string[] {
  return [...new Set(question.match(new RegExp(sichuanPlaces, 'g')) ?? [])]
}
