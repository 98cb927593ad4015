// 农家乐开张好久才能申请那个5000块的补贴, 我屋头开了个超市，补贴在哪办: the business the member runs is his story
// when he asks about a grant, loan or training by name; it does not make the question one about land or tourism.

/** Businesses members run, which no scheme is named after. */
const business =
  /(农家乐|小?超市|面馆|馆子|饭馆|餐馆|饭店|小卖部|民宿|茶馆|火锅店|小吃店|理发店|养鸡场|养猪场|养殖场|鱼塘|果园)/g
/** A scheme asked by name. */
const scheme = /(补贴|补助|奖补|贷款|贴息|培训)/
/** Land, premises and tourism: what a business noun may really be asking about. */
const premises = /(用地|土地|场地|厂房|建设|旅游|租金|房租)/

/** The business nouns that are story in a question on a named scheme. */
export function toldBusiness(question: string): string[] {
  if (!scheme.test(question) || premises.test(question)) return []
  return question.match(business) ?? []
}
