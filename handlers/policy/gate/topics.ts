// Classes of matters next to the knowledge base that share its words (补贴, 贷款, 培训, 税, 到期, 创业) but are
// about something else: a benefit, a training, a tax, a card or a meeting recognised by what it is FOR (高温补贴,
// 驾校培训, 个税汇算, 驾驶证到期). Each class names the words that would make such a question about starting a
// business after all; a class without them is another office's matter and is declined.

interface OtherClass {
  /** What the class is about, for the reader. */
  name: string
  about: RegExp
  /**
   * Words that make the question about starting a business after all (返乡创业想学电工，有培训补贴不), or a test of
   * the rest of the message (without the class's own words) that says so.
   */
  unless: RegExp | ((rest: string, question: string) => boolean)
}

/** Starting or running a business, the loan and grant schemes, and the documents of this knowledge base. */
const startUp =
  /(创业(?!板)|担保贷|贴息|个体|执照|网店|电商|小微|企业|公司|开店|做生意|经营|返乡|入乡|下乡|农民工|二十二条|22条|GYB|SYB|IYB|EYB|(开|办)(了|个|了个|一个|家|间)?\p{Script=Han}{0,3}(店|馆|厂|铺|超市|农家乐|养殖场))/iu

/**
 * A question put to someone (？, 吗, 咋个, 好多, 能不能, 有补贴不): a message without one (谢谢你讲的贷款政策,
 * 卖土鸡蛋，要的私我) asks the knowledge base nothing.
 */
const asking =
  /([？?]|吗|咋|怎么|怎样|如何|多少|好多|好大|多大|好久|多久|多长|几|哪|啥|什么|是不是|有没有|有没得|(\p{Script=Han})[不没]\2|还是|真的假的|真的不|[不没得](?=[，。！!？?\s]|$))/u
/**
 * What the knowledge base answers about: its schemes, figures, documents and where to apply. Not 创业 alone: a show
 * or a post about somebody's business is not a question about the schemes.
 */
const schemeNouns =
  /(补贴|补助|补帖|奖补|扶持|贷|贴息|利率|利息|额度|培训|执照|个体|网店|电商|税|园区|孵化|政策|措施|文件|二十二条|22条|申请|报名|办理|手续|材料|条件|热线|12333|(政府|国家|上头)[^，。？?]{0,4}(给|补|发|贴|奖)|[GSIE]YB)/i
const schemeWords = new RegExp(`${schemeNouns.source}|返乡|入乡|农民工|算不算`, 'i')
/** The message asks about the schemes: a question, and a word of the schemes. */
const asksAboutSchemes = (rest: string): boolean => asking.test(rest) && schemeWords.test(rest)
/** Talk about a show or a clip (好看, 演得好, 笑死, 你们看了没): chat, whatever it mentions. */
const chatAboutShow =
  /(好看|难看|演得|演技|剧情|追剧|剧荒|笑死|搞笑|好笑|感人|好惨|太惨|精彩|推荐(个|一部|几部|一下)|(看了|看过|看到)(没|吗|不)|看没看|有人看)/

/** Money or a service of the schemes named in a message (补贴, 贷款, 执照, 园区): not 创业 or 网店 alone. */
const schemeMoney = /(补贴|补助|补帖|奖补|奖励|奖金|贷|贴息|扶持|资助|税|执照|政策|园区|孵化|培训|12333|热线)/
/** Starting up named anywhere in the message, also inside the words of the class (农机维修店, 党员返乡创业). */
const startsUp = (_rest: string, question: string): boolean => startUp.test(question)
/** The message asks about a scheme's money or service. */
const asksForSchemeMoney = (rest: string): boolean => asking.test(rest) && schemeMoney.test(rest)

/**
 * Starting up as a member tells it (开店, 办个厂, 创业, 返乡): not 公司, 企业 or 经营 alone, which also name the
 * place a member works at (公司的安全培训).
 */
const ownBusiness =
  /(创业(?!板)|担保贷|贴息|个体|执照|网店|电商|小微|开店|做生意|返乡|入乡|下乡|回乡|回老家|农民工|二十二条|22条|网创|[GSIE]YB|(开|办)(了|个|了个|一个|家|间|的)?\p{Script=Han}{0,3}(店|馆|厂|铺|公司|超市|农家乐|养殖场))/iu

/** The schemes' money and services, as a clause asks for them (补贴好多, 能贷不, 执照咋办). */
const schemeAsked = /(补贴|补助|奖补|贷|贴息|扶持|资助|税|执照|园区|孵化|12333|热线)/
/** Some clause of `rest` asks about the schemes' money (讲不讲创业补贴, 补贴在哪领): a date asked is not. */
const aClauseAsksSchemes = (rest: string): boolean =>
  rest.split(/[，,。！!？?；;\s]+/).some((c) => asking.test(c) && schemeAsked.test(c))

/** What an event is asked for: its day, hour, place, signing in or leave (几点开始, 定在哪天, 请假). */
const eventAsked =
  '(几点|几号|哪天|哪一天|啥时候|什么时候|好久|时间|日期|在哪|哪里开|地点|会议室|请假|签到|打卡|定在|改到|推迟|延期|要带|带啥|带什么|考试|结束|开始)'
/** Between an event's name and what is asked of it: no word of the schemes' money (党课上讲的创业补贴好久发). */
const eventGap = '(?:(?!补|贷|贴息|扶持|执照|税)[^。？?])'

/** Matters of a member's workplace, platform and branch asked in their own right (issue 14, round 22). */
const ownRight: OtherClass[] = [
  {
    name: 'the branch’s own meeting asked for its date, place or leave, whatever it will speak of',
    about: new RegExp(
      `((组织生活会?|党员大会|主题党日|党小组会?|支部(大会|委员会|会议|会|活动)|三会一课|党课|民主评议|民主生活会|党员活动|冬训|志愿(服务|者)?活动|年会|团建|聚餐|座谈会)${eventGap}{0,10}${eventAsked}|(几点|几号|哪天|啥时候|什么时候|好久|在哪)${eventGap}{0,6}(组织生活|党员大会|主题党日|党课|支部大会))`,
    ),
    unless: aClauseAsksSchemes,
  },
  {
    name: 'a workplace’s own training (消防培训, 岗前培训, 厂里的安全培训)',
    about:
      /((消防|安全|岗前|入职|新员工|新人|员工|职工|生产|质量|技术|业务|操作|设备|产品|销售|服务|礼仪|转岗|上岗|应急|急救|环保|保密|反诈|防诈|防溺水|防汛|防火|禁毒|普法|合规|班组|车间)[^，。？?创]{0,3}(培训|教育|演练|考核)|(厂里|厂头|厂子|工厂|车间|公司|单位|工地|班组|项目部|门店|店里|老板)[^，。？?创]{0,8}培训)/,
    // 厂里的上岗培训有补贴不 asks about another scheme's money; only a member's own business (我开的厂) and no date
    unless: (rest, question) => ownBusiness.test(question) && !new RegExp(eventAsked).test(rest),
  },
  {
    name: 'pay and allowances of a workplace (加班费, 高温补贴 at 厂里, 全勤奖)',
    about:
      /((厂里|厂头|厂子|工厂|车间|公司|单位|工地|老板|班组|项目部)[^，。？?创]{0,4}|(?<![开办]\p{Script=Han}{0,3}))(高温|加班|夜班|全勤|住房|伙食|餐|交通|通讯|话费|工龄|师带徒|带徒|绩效|年终|出差|过节|节日|值班|计件)[^，。？?]{0,2}?(补贴|补助|津贴|奖金|奖|工资|费)/u,
    unless: (_rest, question) => ownBusiness.test(question),
  },
  {
    name: 'a delivery or ride platform’s pay (冲单奖, 单量补贴, 提成)',
    about:
      /((骑手|外卖员|外卖小哥|送外卖|跑外卖|外卖平台|快递员|快递小哥|快递平台|跑腿|网约车|滴滴|货拉拉|代驾|闪送|众包|专送|美团|饿了么|达达|蜂鸟)[^，。？?创开]{0,8}(冲单|单量|跑单|接单|派单|派件|揽件|单价|每单|一单|提成|佣金|保底|奖励|奖金|补贴|补助|工资|收入|结算|罚款|扣钱|奖)|冲单|(跑|送|接|派)满[^，。？?]{0,5}单)/,
    unless: (_rest, question) => ownBusiness.test(question),
  },
]

/** Matters of the branch, the household and the village that share a word with the schemes (issue 14, round 16). */
const neighbours: OtherClass[] = [
  {
    name: 'the party’s own training and study (冬训, 党课, 学习教育)',
    about:
      /(冬训|党员[^，。？?]{0,4}(培训|学习|教育|轮训|集训|考试|测试|积分)|党[纪史性][^，。？?]{0,4}(学习|教育|培训)|(集中|理论|专题|线上|网上|网络)(学习|轮训)|(理论|专题|集中)培训|学习教育|主题教育|干部(网络)?学院|(党组织|支部|党委|党校|党支部)[^，。？?]{0,6}(培训|学习|轮训)|心得体会|读书班)/,
    unless: startsUp,
  },
  {
    name: 'a request to write something (帮我写, 写一份发言稿)',
    about:
      /((帮|给|替|(?<![申邀聘])请|麻烦)[^，。？?]{0,3}(写|拟|起草|编)|^(写|起草|拟|编)(一份|一篇|一个|个|份|篇|段|首))/,
    // 申请贷款要给银行写个申请不: whether the schemes ask for a paper is a question about them
    unless: /(要不要|需不需要|需要|用不用|必须|[要得])[^，。？?]{0,4}(写|交|提供)/,
  },
  {
    name: 'school work and competitions about starting a business',
    about: /(作业|大赛|比赛|竞赛|挑战杯|征文|演讲|手抄报|课件|PPT|模板|范文|范本|样板)/i,
    unless: asksForSchemeMoney,
  },
  {
    name: 'other farm schemes (农机购置, 良种, 农业保险)',
    about:
      /((农机|农业机械|农机具|收割机|拖拉机|旋耕机|插秧机|播种机|烘干机|无人机|良种|地力保护|农资|稻谷|玉米|大豆|油菜|生猪|母猪|奶牛|渔业|油价|草原|生态补偿|高标准农田)[^，。？?店厂铺]{0,4}?(补贴|补助|补|保险|理赔|赔)|农业保险|种植保险|养殖保险|政策性保险)/,
    unless: startsUp,
  },
  {
    name: 'hatching eggs',
    about:
      /(孵化[^，。？?]{0,4}(小鸡|鸡苗|鸭苗|鹅苗|鸡蛋|鸭蛋|鹅蛋|种蛋|蛋|机|箱|温度|湿度|几天|多少天|好多天)|(小鸡|鸡苗|鸭苗|鸡蛋|鸭蛋|鹅蛋|种蛋)[^，。？?]{0,4}孵)/,
    unless: /(园区|基地|补贴|补助|贷|扶持|创业)/,
  },
  {
    name: 'shopping, parcels and complaints as a customer',
    about:
      /(退货|退款|换货|快递|物流|包裹|差评|砍一刀|优惠券|售后|到货|网购|买的[^，。？?]{0,6}(坏|假|质量|有问题))/,
    unless: asksForSchemeMoney,
  },
  {
    name: 'pay of village posts and public-service jobs',
    about:
      /(村干部|村官|网格员|护林员|保洁员|护路员|巡河员|公益岗|公益性岗位|辅警|协管员|代课老师|(村|社区|村委会?)[^，。？?]{0,2}(书记|主任|会计|干部|文书))[^，。？?]{0,4}?(补贴|补助|工资|待遇|报酬|津贴|绩效)/,
    unless: startsUp,
  },
  {
    name: 'national policies on other matters (生育, 退休, 高考)',
    about:
      /(二胎|二孩|三孩|三胎|生育|计划生育|计生|延迟退休|退休|限购|限行|高考|中考|医保|疫情|低保|养老)的?(政策|奖励|奖金|补贴|补助)/,
    unless: startsUp,
  },
  {
    name: 'other hotlines and service numbers',
    about:
      /(12345|110|120|119|10086|10010|10000|移动|联通|电信|物业|燃气|天然气|自来水|快递|外卖|医院|挂号|银行卡)[^，。？?]{0,4}(热线|客服|电话|投诉)/,
    unless: /(创业|贷|补贴|补助|执照|12333|人社|就业)/,
  },
  {
    name: 'traffic, canteens and dormitories of a place',
    about: /(堵车|停车位|停车费|修路|食堂|宿舍|垃圾|噪音|门卫|保安室)/,
    unless: (rest) => asking.test(rest) && /(补贴|补助|奖|贷|免|减|优惠)/.test(rest),
  },
]

const chatter: OtherClass[] = [
  {
    name: 'school subjects, hobby classes and a child’s classes',
    about:
      /(兴趣班|补习|辅导班|家教|托管班|夏令营|幼小衔接|早教|(英语|钢琴|舞蹈|美术|书法|编程|奥数|作文|跆拳道|游泳|围棋|乐器|吉他|声乐|口才|画画|绘画|数学|语文|物理|化学|珠心算|篮球|足球|武术)[^，。？?]{0,3}(培训|班|课)|(娃|孩子|小孩|儿子|女儿|闺女|小朋友|小学生|初中生|高中生|幼儿|少儿)[^，。？?]{0,10}(培训|班|课))/,
    unless:
      /(创业(?!板)|担保贷|贷款|贴息|扶持|个体|执照|网店|电商|返乡|入乡|农民工|毕业|大学生|高校|退役|技能|(开|办)(了|个|了个|一个|家|间)|[GSIE]YB)/i,
  },
  {
    name: 'shows, films, clips and the news talked about',
    about:
      /(电视剧|连续剧|短剧|电影|综艺|纪录片|小说|演员|男主|女主|主角|新闻联播|节目|晚会|春晚|央视|电视台|报道|上(了)?(电视|新闻|热搜)|电视(上|里|台)|(刷到|看到|看了|看过|刷了)[^，。？?]{0,4}(抖音|快手|视频|短视频|新闻|直播)|(抖音|快手|视频号|短视频|视频|直播间)(上|里|头|里头)[^，。？?]{0,3}(那个|有个|的)?(人|老板|主播|博主|讲|说))/,
    unless: (rest) => !chatAboutShow.test(rest) && asksAboutSchemes(rest),
  },
  {
    name: 'thanks, praise, greetings and replies that close a talk',
    about:
      /(谢谢|感谢|多谢|谢了|辛苦(了|你|大家)|点赞|^(好的|好嘞|收到|明白|懂了|晓得了|知道了|清楚了)|(明白|懂|晓得|清楚|搞懂|搞清楚|知道)了(?!解)|(政策|国家|党|政府)[^，。？?]{0,4}(真|太|确实|就是|是)?(好(?![多久几些像大])|给力|暖心)|好政策|下次再说|再想想|再考虑|再研究|早上好|晚上好|大家好)/,
    unless: asksAboutSchemes,
  },
  {
    name: 'things for sale, group buys and job adverts',
    about:
      /(私我|私聊|私信|加微信|加我微信|(要|需要)的(联系|私|找我|加)|有意者|有需要的(朋友|联系|私|找)|包邮|团购|拼单|接单|出售|转让|低价|批发|(元|块钱?)(一|每)(斤|个|件|箱|袋|只|盒)|招工|招聘|诚聘|急招|招人|招(小工|普工|服务员|保安|保洁|司机|师傅|学徒|厨师|店员|工人)|包吃住|月薪|日结|工资面议)/,
    unless: asksAboutSchemes,
  },
  {
    name: 'the police station and moving one’s household registration',
    about:
      /(派出所|公安局|身份证[^，。？?]{0,6}?(到期|过期|换|补|掉|丢)|迁户口|户口[^，。？?]{0,6}迁|户口[^。？?]{0,14}?(迁|落|转)(回|到|出|走|过|入|去|来)|户籍[^。？?]{0,14}?(迁|落|转)(回|到|出|走|过|入|去|来)|迁[^，。？?]{0,4}户口|上户口|落户|无犯罪)/,
    unless:
      /(创业(?!板)|担保贷|贷款|贷|贴息|补贴|补助|返乡|入乡|农民工|个体|执照|经营|培训|开店|做生意|户籍|算不算|还算|影响)/,
  },
  {
    name: 'rumours that name no scheme',
    about: /(听说|据说|有人说|网上说|网传|传言|谣言|群里说|朋友圈)/,
    // money, a shop or a scheme named anyhow (听说开满半年政府要给几千块钱, 听说示范镇评了几个) keeps the rumour a
    // question
    unless: new RegExp(
      `${schemeNouns.source}|创业|试点|示范|三权|抵押|领|拿|补|贴|奖|免|减|给|店|厂|公司|经营|开满`,
      'i',
    ),
  },
  {
    name: 'a cheer, a laugh or a story told about somebody’s business',
    about: /(哈哈|嘿嘿|牛得很|好牛|厉害|发财|发大财|羡慕|佩服|加油|励志|了不起|不容易|太难了|好难哦)/,
    unless: asksAboutSchemes,
  },
  {
    name: 'family members for or against a plan',
    about:
      /((老婆|老公|媳妇|婆娘|男人|爸妈|父母|老汉|老妈|家里人|屋头人|屋里人|亲戚)[^，。？?]{0,6}(不准|不让|不同意|反对|不支持|吵|骂|担心)|(咋个|怎么|如何|咋)(劝|说服|哄))/,
    unless: (rest) => schemeNouns.test(rest),
  },
  {
    name: 'scams and whether to trust them',
    about: /(骗局|骗子|诈骗|被骗|骗钱|传销|套路贷|杀猪盘)/,
    unless: /(去哪|哪里|哪个部门|官方|正规|渠道|热线|电话|12333)/,
  },
  {
    name: 'another province’s schemes',
    about:
      /(广东|浙江|江苏|福建|上海|北京|深圳|广州|东莞|重庆|湖南|湖北|云南|贵州|河南|山东|陕西|新疆|外省)(省|市)?(那边|那里|这边)?的?(创业补贴|创业担保贷款|创业贷款|返乡创业政策|创业政策|补贴政策|贷款政策|扶持政策)/,
    unless: /(四川|川|回|老家|本省|省内|影响|还清|没还|在这)/,
  },
]

const classes: OtherClass[] = [
  ...ownRight,
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
      /(公积金.{0,8}(提取|提出|提现|提走|取出|取钱|取|余额|查|买房|贷款|基数|比例|封存|销户)|医保|医疗保险|新农合|合作医疗|报销|养老保险|养老金|退休|社保.{0,6}(缴费|补缴|交费|断交|断了|停交|档次|基数|交好多|交多少|一年|每年|每个月))/,
    unless: /(创业|担保贷|贴息|个体|执照|农民工身份|算.{0,4}农民工|证明|拖欠|欠缴)/,
  },
  {
    name: 'a household’s own loans and schooling',
    about:
      /((助学|装修|消费|住房)贷|转学|入学|学籍|插班|择校|学位|报名读|(读|上)(小学|初中|高中|幼儿园|一年级|公办|民办)|公办学校|小升初|幼升小|入园)/,
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
  ...chatter,
  ...neighbours,
]

/** The first word of a class of other matters the question is about (高温补贴 → 高温补贴), or null. */
export function otherClassOf(question: string): string | null {
  for (const c of classes) {
    const m = c.about.exec(question)
    if (!m) continue
    const rest = question.replace(m[0], '')
    const after = typeof c.unless === 'function' ? c.unless(rest, question) : c.unless.test(rest)
    if (!after) return m[0]
  }
  return null
}
