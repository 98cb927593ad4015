// Classes of matters next to the knowledge base that share its words (补贴, 贷款, 培训, 税, 到期, 创业) but are
// about something else: a benefit, a training, a tax, a card or a meeting recognised by what it is FOR (高温补贴,
// 驾校培训, 个税汇算, 驾驶证到期). Each class names the words that would make such a question about starting a
// business after all; a class without them is another office's matter and is declined.

interface OtherClass {
  /** What the class is about, for the reader. */
  name: string
  about: RegExp
  /** Words that make the question about starting a business after all (返乡创业想学电工，有培训补贴不). */
  unless: RegExp
}

/** Starting or running a business, the loan and grant schemes, and the documents of this knowledge base. */
const startUp =
  /(创业(?!板)|担保贷|贴息|个体|执照|网店|电商|小微|企业|公司|开店|做生意|经营|返乡|入乡|下乡|农民工|二十二条|22条|GYB|SYB|IYB|EYB|(开|办)(了|个|了个|一个|家|间)?\p{Script=Han}{0,3}(店|馆|厂|铺|超市|农家乐|养殖场))/iu

const classes: OtherClass[] = [
  {
    name: 'benefits paid for something other than starting up',
    about:
      /(高温|防暑|降温|高龄|老年|老人|养老|独生子女|计生|生育|育儿|托育|取暖|以旧换新|家电|购车|买车|汽车|购房|买房|房补|低保|五保|救助|助学|困难|优抚|抚恤|丧葬|失业金|失业保险金|耕地地力|退耕|护林|交通|餐|话费|过节|节日|过年|新能源|手机|两项|护理|危房|改造|技能提升|以工代赈)[^，。？?]{0,3}?(补贴|补助|津贴|费|金|补)/,
    unless: startUp,
  },
  {
    name: 'trainings and certificates other than start-up training',
    about:
      /(驾校|驾照|驾驶证|学车|考驾|成人高考|自考|专升本|考研|考公|公务员考试|教师资格|会计证|健康证|(电工|焊工|厨师|叉车|挖掘机|特种作业|育婴师|月嫂|护工|美容|美发|家政|保安|电焊)[^，。？?]{0,2}(证|培训|班|考试|资格))/,
    unless: startUp,
  },
  {
    name: 'cards, licences and household papers',
    about:
      /(驾驶证|驾照|行驶证|优待证|车检|年检|违章|罚单|扣分|护照|港澳通行证|通行证|结婚证|离婚|出生证|准生证|居住证|暂住证|户口本.{0,4}(补办|掉|丢)|社保卡.{0,4}(激活|补办|掉|丢|密码))/,
    unless: /(创业|担保贷|贴息|执照|个体|补贴)/,
  },
  {
    name: 'the housing fund, medical insurance and pension contributions',
    about:
      /(公积金.{0,6}(提取|取出|取钱|取|余额|查|买房|贷款|基数|比例|封存|销户)|医保|医疗保险|新农合|合作医疗|报销|养老保险|养老金|退休|社保.{0,6}(缴费|补缴|交费|断交|断了|停交|档次|基数|交好多|交多少|一年|每年|每个月))/,
    unless: /(创业|担保贷|贴息|个体|执照|农民工身份|算.{0,4}农民工|证明|拖欠|欠缴)/,
  },
  {
    name: 'a household’s own loans and schooling',
    about: /((助学|装修|消费|住房)贷|转学|入学|学籍|插班|择校|学位|报名读|读小学|读初中|读高中)/,
    unless: new RegExp(`${startUp.source}|能不能(办|申请|贷)|影响|算不算`, 'iu'),
  },
  {
    name: 'stocks, funds and savings',
    about: /(股票|炒股|买股|股市|大盘|涨停|跌停|创业板|科创板|基金|理财|比特币|黄金|存款|存银行|存定期|定期)/,
    unless: /(创业担保|担保贷|贴息|个体户|执照|开店|做生意|创业补贴)/,
  },
  {
    name: 'wage and property taxes of a household',
    about:
      /(个税.{0,4}(汇算|退税|申报)|年度汇算|汇算清缴|退税|专项附加|工资.{0,6}(个税|交税|扣税)|年终奖|契税|车船税|买房.{0,4}税)/,
    unless: /(个体|经营所得|小规模|小微|企业|公司|创业|营业执照)/,
  },
  {
    name: 'the branch’s own meetings, dues and membership',
    about:
      /(党小组|党员大会|组织生活|主题党日|三会一课|学习强国|党费|入党|转正|思想汇报|民主评议|(开会|会议|活动|党课).{0,8}(几点|哪天|在哪|地点|时间|请假)|(几点|哪天|在哪|啥时候|好久).{0,6}(开会|党课)|支部.{0,6}(开会|活动|会议|换届|选举))/,
    unless: new RegExp(`${startUp.source}|政策|文件|措施|通过|省政府|常务会议`, 'i'),
  },
]

/** The first word of a class of other matters the question is about (高温补贴 → 高温补贴), or null. */
export function otherClassOf(question: string): string | null {
  for (const c of classes) {
    const m = c.about.exec(question)
    if (m && !c.unless.test(question.replace(m[0], ''))) return m[0]
  }
  return null
}
