// 内江 and its districts and counties: the knowledge base's local rules are 内江's, so they are a member's own there.
import { sichuanPlacesIn } from './places.js'

/** 内江's districts and counties (市中区 only when no other city is named: 乐山市中区 is not 内江's). */
const neijiangParts = /(东兴|隆昌|资中|威远|市中区)/

/** Whether a place (内江东兴区, 内江市中区, 隆昌县) lies in 内江. */
export function liesInNeijiang(place: string): boolean {
  const cities = sichuanPlacesIn(place)
  if (cities.includes('内江')) return cities.length === 1
  return cities.length === 0 && neijiangParts.test(place)
}
