// 执照办了一年半了，还能申请不; 2022年就把执照办了，快三年了，还申请得到不: the member tells how long ago he
// registered and asks whether he still may apply. His figures are his story; the fact asked is the limit
// (登记之日起2年内), not the running time before the first payment (满6个月).

/** The licence or the registration he got. */
const registered = /(执照|登记|注册|办照|领照)/
/** 一年半了, 快三年了, 2022年, 两年多, 十几个月: how long ago, or the year. */
const elapsed =
  /(20\d\d年|[\d一二两三四五六七八九十半几]+\s*年半?(多|了)|[\d一二两三四五六七八九十几]+\s*个?多?月(了|多)|好几年|几年了)/
/** 还能申请不, 还申请得到不, 还来得及不: whether it is still possible. */
const still =
  /还(能|可以|可不可以|能不能|申请得|领得|办得|来得及|来不来得及|赶得上|赶得到|有没有|有得|算数|作数|有效)|过期|超期|超时/

export function asksStillInTime(question: string): boolean {
  return registered.test(question) && elapsed.test(question) && still.test(question)
}

/** 登记之日起2年内申请: a limit to act within. */
export const statesDeadline = /(\d+|[两二三])\s*年(内|以内|之内)|截止|之前申请/
