// Details of a policy subject that the research behind the knowledge base looked for and did not find
// (policy-facts.md §7), or that no document states (app buttons, days until money arrives, a county's own top-up):
// a question asking one of them is told first that the base does not hold it, not given a neighbouring fact.
import { askedKind } from '../question/intent.js'
import { localPlaceOf, sichuanPlacesIn } from '../question/places.js'

const theMeasures = /(22条|二十二条|2018年?(的|那个|那份)?(文件|政策|措施))/
const asksFigure = /(好多|多少|几|啥子标准|什么标准|标准是|金额|比例)/

/** LPR是3.1%, 假如LPR按3%: the member states the LPR, and asks what it gives. */
const statesLpr = /(LPR|贷款市场报价利率)[^，。？?\d]{0,4}\d+(\.\d+)?\s*[%％]/i

/** 窗口, 柜台: a counter in an office, which no app has; unless the member names a screen (APP里的办事窗口). */
const offlineCounter = /(窗口|柜台|大厅)/
const onScreen = /(APP|app|App|公众号|小程序|手机上|网上|页面|e就业|服务号)/

interface Gap {
  /** What is not known, as it follows 本库没有写明. */
  says: (question: string) => string | null
}

const gaps: Gap[] = [
  // the 22 measures' own text: its numbering (第十条, 第几条), an article's content, the body in charge of each
  {
    says: (q) =>
      theMeasures.test(q) && /(每一条|每条|逐条|各条|条条)[^。？?]{0,12}(部门|单位|哪个|哪家)/.test(q)
        ? '二十二条措施每一条由哪个部门负责落实（原文和逐条分工没有找到）'
        : null,
  },
  {
    says: (q) =>
      theMeasures.test(q) && /第([一二三四五六七八九十两\d]{1,3}|几|多少|好多|哪)一?条/.test(q)
        ? '二十二条措施原文的逐条编号和每一条的内容（原文没有找到）'
        : null,
  },
  // a figure the 2018 document itself set, as against the 2025 rules now in force
  {
    says: (q) =>
      theMeasures.test(q) &&
      /(本身|自己|原文|里头|里面|当时|原来)[^。？?]{0,6}(规定|定|写|给)/.test(q) &&
      /(补贴|贷款|贴息|额度|利率|培训)/.test(q) &&
      asksFigure.test(q)
        ? '二十二条措施原文里自己定的金额（现在的金额按2025年的川办规〔2025〕6号）'
        : null,
  },
  // whether the 2025 rules repealed or replaced the 2018 measures
  {
    says: (q) =>
      theMeasures.test(q) &&
      /(废|作废|失效|取代|替代|代替|顶替|不算数|不管用|还有效|还管用|还算数|还作数|还能用|过期|作不作数|算不算数|有没有效|管不管用|能不能用|还认不认)/.test(
        q,
      )
        ? '2025年的新政策有没有正式取代2018年二十二条措施的说法（现在办贷款和补贴按2025年的政策）'
        : null,
  },
  // whether the 10,000 yuan cap covers both payments
  {
    says: (q) =>
      /(一起算|合起来|加起来|合计|总共|一共|连[^。？?]{0,6}一起|另外再|另外给|单独算|分开算|累计)/.test(q) &&
      /(1万|一万|10000|第二笔|两笔|5000|五千)/.test(q)
        ? '最高1万元是第二笔的上限还是两笔合计的上限（报道说法不一，以官方原文为准）'
        : null,
  },
  // buttons and menus of an app or account; not 去哪点 (where, in Sichuan speech) nor an office's 窗口
  {
    says: (q) => {
      const asked = q.replace(/哪点/g, '哪里')
      return /(点|戳)(哪|啥|什么)|按(哪|啥|什么)[^，。？?]{0,2}(键|钮)|按钮|菜单|栏目|界面|入口/.test(
        asked,
      ) && !(offlineCounter.test(asked) && !onScreen.test(asked))
        ? '手机APP或公众号里具体点哪里、怎么操作'
        : null
    },
  },
  // how many days until the money is on the card
  {
    says: (q) =>
      !/(贴息|每|一次)/.test(q) &&
      /(好多|多少|(?<!哪)几|多久|好久|多长)[^，。？?]{0,4}(天|工作日|周|星期|时间)?[^，。？?]{0,6}(到账|到卡|打到|打款|放款|下款|批下来|钱[^，。？?]{0,3}到手)/.test(
        q,
      )
        ? '审批和到账一般要多少天'
        : null,
  },
  // whether a grant is taxed
  {
    says: (q) =>
      /(补贴|补助|奖补)[^。？?]{0,10}(交税|纳税|缴税|扣税|个税|个人所得税|所得税|算收入|报税)/.test(q)
        ? '领到的补贴要不要交税（税的问题可以打12366）'
        : null,
  },
  // the LPR of the day, and the rate it gives; not when the member states the LPR himself (LPR是3.1%的话)
  {
    says: (q) =>
      !statesLpr.test(q) &&
      /LPR(现在|目前|最新|今年|这个月|本月)?(是|为|有)?(好多|多少|几)|(现在|目前|最新)的?(LPR|贷款市场报价利率)|算下来[^，。？?]{0,6}(利率|利息|几个点)|实际年?利率(是|有|为)?(好多|多少|几)/i.test(
        q,
      )
        ? '现在LPR的具体数值和算下来的实际年利率'
        : null,
  },
  // the bank that lends under a named scheme (青年创业贷款): the base names who runs it, not the lending bank
  {
    says: (q) =>
      /(青年创业贷|青创贷|青年贷)/.test(q) &&
      /(哪个|哪家|哪几家|哪几个|哪些|啥子|什么)银行|银行是(哪|啥|什么)/.test(q)
        ? '青年创业贷款由哪家银行发放'
        : null,
  },
  // a fixed (assessed) tax of an individual business
  {
    says: (q) =>
      /(定额税|定税|核定征收|定期定额)/.test(q) ? '个体户定额（核定征收）的具体税额（可以打12366）' : null,
  },
  // a county's or city's own top-up on the province's figure
  {
    says: (q) => {
      const place = localPlaceOf(q)
      return place && /(额外|另外|另|再|还|加)[^，。？?]{0,3}(补|奖|(给|发)[^，。？?]{0,2}(钱|补贴))/.test(q)
        ? `${place.replace(/^(我们|咱们|你们)/, '')}在省里标准之外另给的钱（各地自己的规定）`
        : null
    },
  },
  // another city's own figure, asked as the same as the one the base holds (内江)
  {
    says: (q) => {
      const other = sichuanPlacesIn(q).find((p) => p !== '内江')
      return other && /(也是|一样|同样|也按|也给|也补)/.test(q) ? `${other}的标准` : null
    },
  },
]

/**
 * What a question asks that the knowledge base is known not to hold, or '' when it asks none of these. Only its
 * first question counts: a second one after a question mark or a space (在哪申请？好久到账) does not take the lead.
 */
export function knownGap(question: string): string {
  const first = question.split(/[？?！!。]/).find((s) => s.trim()) ?? question
  // 去哪办 要多久批下来: a space parts two asks; a piece that asks nothing (资料交上去了) is story
  const pieces = first.split(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/u)
  const kind = askedKind(first)
  const asking = pieces.length > 1 && kind ? pieces.find((p) => askedKind(p) === kind) : undefined
  for (const gap of gaps) {
    const says = gap.says(asking ?? first)
    if (says) return says
  }
  return ''
}
