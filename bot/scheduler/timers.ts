// The background timers: the session tick (auto-close, roll-call nudge) and the once-a-minute drop report.
export interface TimerOptions {
  tick: () => Promise<void>
  reportDrops: () => void
  /** How often to tick open sessions; null: no timers at all (tests call tick() themselves). */
  everyMs?: number | null
}

export interface Timers {
  stop(): void
}

const REPORT_EVERY_MS = 60_000

export function startTimers(o: TimerOptions): Timers {
  const every = o.everyMs === undefined ? 15_000 : o.everyMs
  if (!every) return { stop() {} }
  const ticker = setInterval(() => void o.tick(), every)
  const reporter = setInterval(o.reportDrops, REPORT_EVERY_MS)
  ticker.unref()
  reporter.unref()
  return {
    stop() {
      clearInterval(ticker)
      clearInterval(reporter)
    },
  }
}
