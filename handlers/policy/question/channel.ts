// A yes/no about the way to apply (手机上能申请不, 网上办得了不, 可以直接跑去办不, 在哪个上面弄) asks where and how
// one applies: the sentence naming the online service or the office window answers it, not a sentence on the steps
// after applying (网上公示) nor another matter's app (社保转移的掌上12333).

/** 手机上, 网上, 直接跑去, 线下: a way to apply, followed by the applying. */
const channel =
  '(手机上|手机|网上|线上|微信上|微信|网络上|电脑上|跑去|跑起去|直接去|亲自去|本人去|线下|现场|上门)'
const applying = '(申请|办|弄|交|报)'
export const asksChannel = new RegExp(
  `${channel}[^，,。？?！!]{0,8}${applying}|(用|在)(啥子|啥|什么|哪个|哪一个)(上面|平台|网站|网|软件|APP|app|App)`,
)

/** 在网上申请：…服务大厅、…服务号；也可以到…窗口: a sentence naming where to apply, online or in person. */
export const namesChannel = /(网上申请|网上办|服务大厅|政务服务网|服务号|e就业|窗口)/
