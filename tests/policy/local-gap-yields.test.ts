// A place in the member's story does not make "the base lacks the place's own rule" lead when the chosen sentence
// states the asked fact for the whole province; 县认定的 names a category of base, not the member's county.
import { describe, expect, it } from 'vitest'
import { localPlaceOf } from '../../handlers/policy/question/places.js'
import { leadOf } from './replies.js'

describe('a province-wide fact asked by a member naming his place', () => {
  it('leads with the fact', () => {
    expect(leadOf('我们乡里想申报示范镇听说全省第一批命名了好多个哦')).toContain('50个')
    expect(leadOf('咱们镇那个创业园想评示范园区，省上第一批一共评了几个园区嘛')).toContain('50个')
  })
  it('the place rule still leads when the member compares with the province or asks the place’s own rule', () => {
    expect(leadOf('我们县的创业补贴比省里的标准高好多')).toContain('本库没有')
    expect(leadOf('我们镇上自己额外还有好多补贴')).toContain('本库没有')
  })
})

describe('a base recognised by a county', () => {
  it('is a category, not the member’s county', () => {
    expect(localPlaceOf('我们县认定的孵化基地')).toBeNull()
    expect(localPlaceOf('我们县上认定的那个基地')).toBeNull()
    expect(localPlaceOf('我们县级认定的基地')).toBeNull()
    expect(localPlaceOf('我们县的孵化基地')).not.toBeNull()
  })
  it('the running time leads', () => {
    expect(leadOf('我们县上认定的孵化基地开起多久了才可以往市级报')).toMatch(/1年以上/)
    expect(leadOf('我们县认定那个孵化基地要搞满好长时间才能评市级')).toMatch(/1年以上/)
  })
})

describe('在场镇上', () => {
  it('is where the member works, not whose rule he asks', () => {
    expect(localPlaceOf('我在场镇上开了个理发店')).toBeNull()
    expect(localPlaceOf('他回场镇上开铺子')).toBeNull()
  })
})
