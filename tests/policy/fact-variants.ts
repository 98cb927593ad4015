// Ways the first sentence may state a fact, shared by the held-out sets whose authors wrote the same list
// (each set still names its own where its list differs).

export const atMostThreeYears = [
  '最长3年',
  '最长三年',
  '不超过3年',
  '不超过三年',
  '最多3年',
  '最多三年',
  '期限3年',
  '期限为3年',
  '期限三年',
  '3年期',
  '三年期',
  '可贷3年',
  '3年以内',
  '三年以内',
]

export const atMostTwoYears = [
  '最长2年',
  '最长两年',
  '不超过2年',
  '不超过两年',
  '最多2年',
  '最多两年',
  '期限2年',
  '期限为2年',
  '期限两年',
  '2年期',
  '两年期',
  '2年以内',
  '两年以内',
]

export const eighteenMonths = ['18个月', '十八个月', '一年半']

export const endOf2027 = [
  '2027年12月31日',
  '2027年底',
  '2027年末',
  '2027-12-31',
  '2027.12.31',
  '2027年12月底',
]

export const fiveThousand = ['5000元', '5000块', '5,000元', '5千元', '5千块', '五千', '0.5万']

export const fiveWorkingDays = ['5个工作日', '五个工作日', '5个工作天']

export const halfPaid = ['50%', '50％', '百分之五十', '一半']

export const loanForFirm = ['600万', '6000000', '6,000,000', '六百万']

export const loanForPerson = ['50万', '500000元', '500,000元', '五十万']

export const lprPlus150 = [
  'LPR+150',
  'LPR加150',
  'LPR＋150',
  'LPR + 150',
  '150个基点',
  '150基点',
  '150BP',
  '150bp',
  '1.5个百分点',
]

export const onlineChannels = [
  '就业创业网上服务大厅',
  '网上服务大厅',
  '政务服务网',
  '四川e就业',
  'e就业',
  'E就业',
]

export const sixMonths = ['6个月', '六个月', '半年']

export const tenThousandCap = [
  '1万元',
  '1万块',
  '10000元',
  '10,000元',
  '一万元',
  '一万块',
  '最高1万',
  '最多1万',
  '不超过1万',
]

export const withinTwoYears = [
  '2年内',
  '两年内',
  '2年以内',
  '两年以内',
  '2年之内',
  '两年之内',
  '二年内',
  '24个月',
]

export const youthLoanRange = [
  '3万至10万',
  '3万到10万',
  '3万-10万',
  '3万—10万',
  '3万~10万',
  '3万～10万',
  '3-10万',
  '3至10万',
  '3到10万',
  '3～10万',
  '最高10万',
  '最多10万',
  '不超过10万',
]
