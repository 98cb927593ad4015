// A member's personal data (phone, ID number, address, WeChat) is never handed out, whoever asks and whatever the
// message says it is for (我帮他填个补贴的表). A request is recognised by what it is about: somebody other than the
// asker (a name, 他/她, 我表哥, 老王, 张大姐, 罗主任) holding the data, and a word that asks for it to be handed
// over or told (发一下, 给我, 报一下, 告诉我, 私我, 贴出来, 哪个有, 多少). An office's number (咨询电话, 就业局的电话)
// and the asker's own data asked about as a document of the schemes (要带身份证不, 填本人电话吗) are not requests.

/** The kinds of personal data. */
const data =
  '(电话号码|电话号|电话|手机号码|手机号|手机|联系方式|号码|身份证号码|身份证号|身份证|证件号码|证件号|家庭住址|住址|地址|家住哪|住哪|住在哪|微信号|微信|银行卡号|银行卡|卡号|QQ号|QQ)'

/** Common surnames; not those that mostly start everyday words (申请, 文件, 常用, 安置, 包邮, 方便, 万一, 向银行). */
const surnames =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵钱严覃武戴莫孔汤'
/** Characters that end a name: offices, places, function words (高新区, 马上把, 金融机构, 周末的). */
const notInName =
  '区局厅站所中心处委会院行司园村镇县市省部门窗口台网贷补创业税务银保险服公室科组店厂馆的家电手身号码住地址是上下把将给发帮我你们个一这那有在要和及与了么啥多少好哪谁末天里边头面时融机'
const name = `[${surnames}][^${notInName}\\s\\p{P}\\d]{1,2}`
const kin =
  '(表|堂)(哥|姐|弟|妹|叔|伯|嫂)|哥哥|姐姐|弟弟|妹妹|舅舅|舅妈|叔叔|阿姨|姑姑|姨妈|嬢嬢|孃孃|婶婶|伯伯|爷爷|奶奶|外婆|外公|亲戚|邻居|同事|老乡|朋友|同学|群友|战友|室友|两口子|一家人'
const title =
  '大姐|大哥|大叔|大爷|大妈|大嫂|大娘|师傅|书记|支书|主任|村长|组长|队长|会计|老师|老板|经理|总|姐|哥|叔|姨|嬢|孃|婶|伯|嫂|娘|爷|婆'
const pronoun = '他们|她们|(?<!其)他|她|TA|人家|别人|其他人|其他党员|某某|某人|这个人|那个人|这位|那位|对方'
/** Somebody other than the asker. */
const person = `(${pronoun}|${kin}|(老|小|阿)[${surnames}]|${name}(${title})?|[${surnames}](${title}))`

/** The person's data: 张德明的电话, 老王家的地址, 她电话, 我表哥的身份证和电话. */
const personsData = new RegExp(`${person}(的|家的?|家里的?)?[^，。？?！!]{0,4}?${data}`, 'iu')

/** Handing over or telling, in any order with the data. */
const handOver = new RegExp(
  [
    '发(一下|下|个|一个|给我|我(?!的)|来|过来|到|群|出来|上来|一发)',
    '给(我|一下|下|个)',
    '报(一下|下|给我|出来|上来|个)',
    '告诉(我|一下|下)',
    '(私|私发|私信|私聊)我',
    '私发',
    '(贴|晒|亮)(出来|一下|下|群)',
    '(说|讲)(一下|下)',
    '分享',
    '透露',
    '(帮我|帮忙)?查(一下|下|查)',
    '(哪个|谁|哪位|有没有人|哪些人|有人)(有|晓得|知道|存)',
    '(晓得|知道)[^，。？?]{0,12}的(发|告诉|说|私)',
  ].join('|'),
)
/** The data asked for outright: 她电话多少, 老王住哪里. */
const askedOutright = new RegExp(`${data}(是|在)?(多少|好多|几号|啥|什么|哪)`)

/** Another person's phone, ID number or address asked to be handed over or told. */
export function asksForSomebodysData(question: string): boolean {
  const held = personsData.exec(question)
  if (!held) return false
  return handOver.test(question) || askedOutright.test(question.slice(held.index))
}
