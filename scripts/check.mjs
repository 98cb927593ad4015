// npm run check: formatting, lint, types and the migration drift check, side by side (they do not depend on
// each other), each one's output kept together; fails if any fails.
import { spawn } from 'node:child_process'
import { performance } from 'node:perf_hooks'

// Each keeps a cache under node_modules/.cache, so a second run only looks again at what changed.
const CHECKS = [
  ['格式（prettier）', 'npx', ['prettier', '--check', '.', '--log-level', 'warn', '--cache']],
  [
    '代码规范（eslint）',
    'npx',
    ['eslint', '.', '--cache', '--cache-location', 'node_modules/.cache/eslint/'],
  ],
  [
    '类型（tsc）',
    'npx',
    ['tsc', '--noEmit', '--incremental', '--tsBuildInfoFile', 'node_modules/.cache/tsc/info'],
  ],
  ['迁移一致性', 'npx', ['tsx', 'scripts/check-migrations.ts']],
]

function run([name, command, args]) {
  return new Promise((resolve) => {
    const started = performance.now()
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    child.on('close', (code) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(1)
      process.stdout.write(`${code === 0 ? '✓' : '✗'} ${name} ${seconds} s\n${code === 0 ? '' : output}`)
      resolve(code === 0)
    })
  })
}

const results = await Promise.all(CHECKS.map(run))
if (results.includes(false)) process.exit(1)
