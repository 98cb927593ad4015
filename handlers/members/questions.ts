// The questions of the private conversations, one at a time: what is asked, and what counts as an answer.
import { cleanName } from '../roster/names.js'
import { normalizePhone } from '../roster/phone.js'
import type { FactField } from './facts.js'

export type QuestionKey = FactField | 'name' | 'originOrg' | 'phone'

export type Checked = { ok: true; value: string } | { ok: false; why: string }

export interface Question {
  key: QuestionKey
  ask: string
  check(answer: string): Checked
}

const QUESTION_LIKE = /[?？]|吗$|怎么|如何|为什么|哪里办|能不能/u
const NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九']

/** A short free answer: no question, no phone or ID number, not a bare number. */
function text(max: number, example: string) {
  return (answer: string): Checked => {
    const value = answer
      .normalize('NFKC')
      .trim()
      .replace(/[。.！!]+$/u, '')
    if (value === '') return { ok: false, why: '没有收到内容' }
    if (QUESTION_LIKE.test(value))
      return { ok: false, why: '这像是在提问。想问政策请发「政策 你的问题」，这里请直接回答' }
    if (/\d{7,}/.test(value)) return { ok: false, why: '这里不用写电话号码或证件号' }
    if (/^[\d\s]+$/.test(value)) return { ok: false, why: `请直接写文字，例如：${example}` }
    if (value.length > max) return { ok: false, why: `太长了，请写${max}个字以内` }
    return { ok: true, value }
  }
}

/** Numbered options, answered with the number (1, １, 一) or the word; `other` also takes a short free answer. */
function choice(options: string[], synonyms: Record<string, string[]>, other?: (answer: string) => Checked) {
  return (answer: string): Checked => {
    const value = answer
      .normalize('NFKC')
      .trim()
      .replace(/[。.！!，,]+$/u, '')
    const byNumber = /^\d+$/.test(value) ? Number(value) : NUMBERS.indexOf(value) + 1
    const picked =
      options[byNumber - 1] ??
      options.find((o) => o === value) ??
      options.find((o) => synonyms[o]?.includes(value))
    if (picked && other && picked === options.at(-1)) return { ok: false, why: '请直接写你的行业名称' }
    if (picked) return { ok: true, value: picked }
    if (other && !/^\d+$/.test(value)) return other(value)
    const words = options.map((o) => `“${o}”`).join('')
    return { ok: false, why: `请回复数字1到${options.length}，或直接写${words}${other ? '等' : ''}` }
  }
}

const numbered = (options: string[]) => options.map((o, i) => `${i + 1} ${o}`).join('\n')

const INDUSTRIES = [
  '制造业',
  '建筑业',
  '交通运输、快递',
  '批发零售、餐饮',
  '家政等居民服务',
  '农业',
  '个体经营',
  '其他（请直接写行业）',
]
const RETURN_WISH = ['有', '没有', '还在考虑']
const CADRE_WISH = ['愿意', '不愿意', '看情况']

export const QUESTIONS: Record<QuestionKey, Question> = {
  city: {
    key: 'city',
    ask: '你现在在哪个城市务工或居住？（如：深圳、成都双流）',
    check: text(20, '深圳'),
  },
  employer: {
    key: 'employer',
    ask: '你现在在哪个单位工作？（打零工、个体经营也可以直接写）',
    check: text(40, '富士康'),
  },
  industry: {
    key: 'industry',
    ask: `你从事哪个行业？回复数字：\n${numbered(INDUSTRIES)}`,
    check: choice(INDUSTRIES, {}, text(20, '电子厂')),
  },
  returnWish: {
    key: 'returnWish',
    ask: `有没有回家乡创业的打算？回复数字：\n${numbered(RETURN_WISH)}`,
    check: choice(RETURN_WISH, {
      有: ['是', '想', '打算', '有打算', '有意向'],
      没有: ['无', '否', '不想', '没', '不打算', '暂无'],
      还在考虑: ['考虑', '不确定', '看情况', '说不好', '不知道'],
    }),
  },
  cadreWish: {
    key: 'cadreWish',
    ask: `愿不愿意回村担任村干部？回复数字：\n${numbered(CADRE_WISH)}`,
    check: choice(CADRE_WISH, {
      愿意: ['是', '想', '可以', '行', '好', '愿'],
      不愿意: ['否', '不想', '不行', '不要', '不愿'],
      看情况: ['考虑', '不确定', '说不好', '再说', '不知道'],
    }),
  },
  name: { key: 'name', ask: '请写你的姓名（与党员档案一致）。', check: checkName },
  originOrg: {
    key: 'originOrg',
    ask: '你的组织关系在哪个党组织？（流出地党组织，如：宜宾市叙州区高场镇党委）',
    check: text(60, '高场镇党委'),
  },
  phone: {
    key: 'phone',
    ask: '请写你的手机号（只给书记核对身份用，不会发到群里）。',
    check: (answer) => {
      const phone = normalizePhone(answer)
      return phone ? { ok: true, value: phone } : { ok: false, why: '手机号应为11位数字' }
    },
  },
}

function checkName(answer: string): Checked {
  const name = cleanName(answer)
  if (!/^[\p{Script=Han}·A-Za-z]{2,20}$/u.test(name)) return { ok: false, why: '请只写姓名，2到20个字' }
  return { ok: true, value: name }
}
