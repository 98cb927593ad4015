// The scheduler as the runtime sees it. Start after the database and the outbound queue, stop before them.
export {
  ScheduleEngine,
  expressionFor,
  type SchedulerOptions,
  type FireOutcome,
  type CatchUpReport,
} from './engine.js'
export { nodeCronDriver, type CronDriver, type CronHandle } from './cron-driver.js'
