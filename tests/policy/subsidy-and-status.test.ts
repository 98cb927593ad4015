// Round 18, start-up subsidy and returnee status: the condition the member's stated status meets or fails leads;
// a new start-up after an earlier one closed is the 首次 condition; a proof document asked with a yes/no names the
// proof; a veteran asking the subsidy gets its who-may-claim unit, not the tax one; the least running time and the
// deadline asked through the member's story; a half-remembered figure gets the true one; the subsidy's fund rules.
import { describe, expect, it } from 'vitest'
import { leadOf } from './replies.js'

describe('a status the member states', () => {
  it('a town hukou leads with the rural-hukou condition', () => {
    expect(leadOf('我是城镇户口，回四川开了个店，能不能算返乡农民工')).toContain('农村户籍')
    expect(leadOf('我户口是城市的，在外头跑了几年车，回来创业算不算返乡农民工')).toContain('农村户籍')
    expect(leadOf('我们两口子都是居民户口，不是农业户口，这种能享受返乡入乡政策不')).toContain('农村户籍')
  })
  it('a hukou in one place and a business in another is 入乡', () => {
    expect(leadOf('户口在泸州乡下，店开在德阳，我这种算啥子情况')).toMatch(/省内其他地方/)
    expect(leadOf('我是达州农村的，没回达州，在绵阳开了个超市，算不算返乡入乡农民工')).toMatch(/省内其他地方/)
  })
  it('asked where to apply, the business place answers', () => {
    expect(leadOf('户口在宜宾，超市开在乐山，创业补贴回宜宾办还是在乐山办')).toMatch(/经营地/)
  })
})

describe('a new start-up after an earlier one closed', () => {
  it('is the first-start-up condition', () => {
    expect(leadOf('之前开的公司垮了，这回再开还算不算第一次创业')).toMatch(/首次创办/)
    expect(leadOf('我前几年办过个体户，后来注销了，现在重新开了个店，能领创业补贴不')).toMatch(/首次创办/)
    expect(leadOf('早年在外省办过一个小作坊后来关门了，今年回来又开了个榨油坊，算头一回创业不')).toMatch(
      /首次创办/,
    )
  })
})

describe('a proof document asked with a yes/no', () => {
  it('names the proof', () => {
    expect(leadOf('证明农村户口要啥子证件，户口簿可以不')).toMatch(/户口簿/)
    expect(leadOf('要证明我是返乡农民工，拿户籍证明去行不行')).toMatch(/户口簿|集体土地/)
    expect(leadOf('户口本弄丢了，拿土地证去证明可以不')).toMatch(/集体土地|户口簿/)
  })
})

describe('a veteran asking the start-up subsidy', () => {
  it('gets who may claim it', () => {
    expect(leadOf('当过兵回来开了个小卖部，创业补贴有没得我的')).toMatch(/自主就业退役军人/)
    expect(leadOf('我是退役的，回来搞了个养殖场，创业补贴能领不')).toMatch(/自主就业退役军人/)
    expect(leadOf('当过几年兵，回来自己开了个超市，创业补贴有我的份不')).toMatch(/自主就业退役军人/)
    expect(leadOf('退伍好几年了，开了个汽修店，创业补贴有没得退役军人的')).toMatch(/自主就业退役军人/)
  })
})

describe('the least running time and the deadline', () => {
  it('开店好久才能 asks the least time', () => {
    expect(leadOf('开店好久才能申请创业补贴')).toMatch(/满6个月/)
    expect(leadOf('铺子要开好久才可以领那个补贴')).toMatch(/满6个月/)
  })
  it('a story of how long ago the licence was got asks the deadline', () => {
    expect(leadOf('我2021年就把执照办了，一直没晓得有补贴，现在还申请得到创业补贴不')).toMatch(/2年内/)
    expect(leadOf('执照领了一年半了，创业补贴还能申请不')).toMatch(/2年内/)
    expect(leadOf('营业执照办了两年多了，还来得及申请创业补贴不')).toMatch(/2年内/)
  })
})

describe('a figure the member half-remembers', () => {
  it('leads with the true figure', () => {
    expect(leadOf('我兄弟开了半年多的面馆，听人说创业补贴是2000块，是不是真的')).toMatch(/5000元/)
    expect(leadOf('我开了7个月了，能领那8000块的创业补贴不')).toMatch(/5000元/)
    expect(leadOf('我嫂子在遂宁开了个理发店，开了8个月，听说创业补贴是3000块，是不是哦')).toMatch(/5000元/)
  })
})

describe('what 入乡 means', () => {
  it('the definition leads', () => {
    expect(leadOf('入乡创业是啥子意思')).toMatch(/省内其他地方/)
    expect(leadOf('啥子叫入乡创业')).toMatch(/省内其他地方/)
  })
})
