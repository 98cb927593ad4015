import type { Clock } from '../../handlers/types.js'

/** A clock tests move by hand. */
export class ManualClock implements Clock {
  #now: number
  constructor(start: Date | string = '2026-11-27T12:00:00Z') {
    this.#now = new Date(start).getTime()
  }
  now(): Date {
    return new Date(this.#now)
  }
  set(to: Date | string): void {
    this.#now = new Date(to).getTime()
  }
  advance(ms: number): void {
    this.#now += ms
  }
  advanceMinutes(minutes: number): void {
    this.advance(minutes * 60_000)
  }
}
