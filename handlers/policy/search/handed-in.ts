// 材料拿到哪个单位去交, 资料交到哪里: where papers are handed in is a place question. The papers are what the
// member carries, not what he asks about: a unit listing them does not outrank the unit saying where to apply.

/** 交到, 拿到…去交, 递到: handing something in somewhere. */
const handIn = /(交到|交给|交去|拿到|送到|递到|报到|提交到|去交|去递|去报)/
const papers = ['材料', '资料', '申请表', '表格', '证明', '证件']

/** The question without the papers it asks where to hand in (材料 of 材料拿到哪个单位去交). */
export function withoutCarriedPapers(question: string, place: boolean): string {
  if (!place || !handIn.test(question)) return question
  return question.replace(new RegExp(papers.join('|'), 'g'), ' ')
}
