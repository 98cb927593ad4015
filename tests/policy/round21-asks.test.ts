// Round 21: a document named by its short number (川办规6号) is found; a known gap reads what is asked, not the
// member's story or a dialect 哪点 (where); which document governs a scheme's money; a starting date asked as
// 从哪天以后 leads; how many years a tax cut lasts; the documents for a subsidy asked with 一次说全.
import { describe, expect, it } from 'vitest'
import { leadOf } from './replies.js'

describe('a document named by its short number', () => {
  it('is found by the number the knowledge base writes with its year', () => {
    expect(leadOf('川办规6号从哪天起实施')).toContain('2025年5月1日')
    expect(leadOf('川办规6号管到啥时候')).toContain('2027年12月31日')
    expect(leadOf('川办规第6号是啥时候生效的')).toContain('2025年5月1日')
    expect(leadOf('川财规2号是管啥子的')).toContain('川财规〔2025〕2号')
  })
})

describe('how many years a tax cut lasts', () => {
  it('states the years as its duration', () => {
    expect(leadOf('重点群体开店扣减税费可以享受多少年')).toMatch(/为期3年|享受3年|连续3年/)
    expect(leadOf('脱贫户开个体户那个税费扣减能扣几年')).toMatch(/为期3年|享受3年|连续3年/)
  })
})

describe('a known gap reads what is asked', () => {
  it('去哪点 asks where (Sichuan speech), not which button to tap', () => {
    expect(leadOf('我妈不会用手机，想申请创业补贴，要去哪点哪个窗口交')).toContain('农民工服务中心')
    expect(leadOf('贷款要到哪点哪个窗口办')).toContain('窗口')
    expect(leadOf('贷款要到哪点哪个窗口办')).not.toContain('本库没有')
    expect(leadOf('屋头老人不会弄微信，补贴到哪点哪个窗口去交嘛')).not.toContain('本库没有')
  })
  it('buttons on a screen are still a gap', () => {
    expect(leadOf('公众号里头点哪个按钮申请补贴')).toContain('本库没有')
    expect(leadOf('四川e就业上面点哪里申请创业补贴')).toContain('本库没有')
  })
})

describe('how the member wants to be told', () => {
  it('does not decide the unit (一次说全 is not the 一次性 subsidy)', () => {
    expect(leadOf('领创业补贴要准备哪些资料，一次说清楚')).toMatch(/身份证|营业执照/)
    expect(leadOf('办创业补贴得交些啥子材料嘛，一次性给我讲完，免得跑几趟')).toMatch(/身份证|营业执照/)
    expect(leadOf('创业补贴要带哪些东西？一口气说全点，省得白跑')).toMatch(/身份证|营业执照/)
  })
})

describe('which document governs a scheme the member names', () => {
  it('is the document of that scheme, not another one with a number', () => {
    expect(leadOf('创业补贴这笔钱是依据哪个文件发的，文号多少')).toContain('川财规〔2025〕2号')
    expect(leadOf('补贴的钱是按啥子文件拨的？发个文号嘛')).toContain('川财规〔2025〕2号')
    expect(leadOf('贴息是按哪个文件执行的，文号多少')).toContain('川财金〔2025〕30号')
  })
  it('a document named still answers with its own number', () => {
    expect(leadOf('二十二条的文号是多少')).toContain('二十二条')
  })
})
