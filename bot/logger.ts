import { Writable } from 'node:stream'
import pino, { type Logger } from 'pino'
import { redactPersonalData } from './core/redact.js'

export type { Logger }

/** A pino logger whose every line passes through the personal-data redactor. */
export function createLogger(options: { level?: string; pretty?: boolean; sink?: Writable } = {}): Logger {
  const target: Writable =
    options.sink ??
    (options.pretty
      ? (pino.transport({
          target: 'pino-pretty',
          options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' },
        }) as unknown as Writable)
      : process.stdout)
  const redacting = new Writable({
    write(chunk: Buffer, _encoding, done) {
      target.write(redactPersonalData(chunk.toString()), done)
    },
  })
  return pino({ level: options.level ?? 'info' }, redacting)
}

/** Collects JSON log lines in memory (tests assert on logs). */
export class MemoryLogSink extends Writable {
  readonly lines: Array<Record<string, unknown>> = []
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    for (const line of chunk.toString().split('\n').filter(Boolean)) this.lines.push(JSON.parse(line))
    done()
  }
  text(): string {
    return this.lines.map((l) => JSON.stringify(l)).join('\n')
  }
}
