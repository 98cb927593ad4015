// The summary in the form branches already write by hand. Numbers always add up: N = M + K + J.
import { KIND_LABEL, nameList, percent, type SessionKind } from './format.js'

export interface Tally {
  kind: SessionKind
  topic: string
  expected: number
  /** On time plus late. */
  present: number
  late: number
  leave: number
  absent: number
  guests: string[]
}

export function sessionTitle(kind: SessionKind, topic: string): string {
  return topic === KIND_LABEL[kind] ? topic : `${KIND_LABEL[kind]}《${topic}》`
}

export function quorumMet(t: Pick<Tally, 'present' | 'expected'>): boolean {
  return t.present * 2 > t.expected
}

export function summaryText(t: Tally): string {
  const late = t.late ? `（其中迟到${t.late}名）` : ''
  const verdict =
    t.kind === 'meeting'
      ? quorumMet(t)
        ? '符合规定人数'
        : '未达到规定人数'
      : `出勤率${percent(t.present, t.expected)}`
  const guests = t.guests.length ? `参加活动的还有${nameList(t.guests, 10)}${t.guests.length}名党员。` : ''
  return (
    `本次${sessionTitle(t.kind, t.topic)}应到会党员${t.expected}名，实到会党员${t.present}名${late}，` +
    `因病因事请假${t.leave}名，缺席${t.absent}名，${verdict}。${guests}`
  )
}
