// The scheduler as the runtime sees it. It never imports wechaty: it acts through ScheduleActions and a room port.
//
// Wiring (bot/main.ts or wherever services are built):
//   const scheduler = new ScheduleEngine({ db, clock, actions, out: outbound, log: log.child({ part: 'scheduler' }) })
//   services.scheduler = scheduler          // handlers call services.scheduler.refresh(id) after each change
//   await scheduler.start()                 // after the database and the outbound queue; catches up, then registers
//   ...
//   await scheduler.stop()                  // on shutdown, before db.$disconnect()
// `actions` implements ScheduleActions (handlers/schedule/ports.ts) on top of attendance's openSession.
export {
  ScheduleEngine,
  expressionFor,
  type SchedulerOptions,
  type FireOutcome,
  type CatchUpReport,
} from './engine.js'
export { nodeCronDriver, type CronDriver, type CronHandle } from './cron-driver.js'
