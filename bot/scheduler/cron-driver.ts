// The trigger: node-cron in production; tests use their own driver or call the engine directly.
import cron from 'node-cron'

export interface CronHandle {
  stop(): void
}

export interface CronDriver {
  /** Calls onTick each time the expression matches, read in the given time zone. */
  register(expression: string, timeZone: string, onTick: () => void, name: string): CronHandle
}

export const nodeCronDriver: CronDriver = {
  register(expression, timeZone, onTick, name) {
    const task = cron.schedule(expression, () => onTick(), { timezone: timeZone, name })
    return { stop: () => void task.destroy() }
  },
}
