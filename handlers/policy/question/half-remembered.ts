// 听说创业补贴是3000块，是不是; 我能领那5000块不; 有人说是两千: a sum the member half-remembers and asks to have
// confirmed. What he asks is the true figure, whatever the rest of his question tells or asks.

const sum = '(\\d{3,}|\\d+(\\.\\d+)?\\s*(万|千)|[一二两三四五六七八九十]+\\s*(千|万))\\s*(块钱|块|元)?'
/** 听说是3000, 有人说两千, 我看群里说是一万块: a sum he heard. */
const heard = new RegExp(`(听说|听人说|听别人说|有人说|人家说|别个说|据说|群里|说是)[^？?。！!]{0,12}?${sum}`)
/** 那5000块, 3000块是不是: a sum he names to have it confirmed. */
const named = new RegExp(`(那|那个)\\s*${sum}|${sum}[^，,。？?！!]{0,4}(是不是|对不对|是真的|真的吗|真不真)`)

export function halfRemembersSum(question: string): boolean {
  return heard.test(question) || named.test(question)
}
