// The PostgreSQL server that `npm test` (drift check and tests) uses. It must be reachable, or the run fails:
// a developer without PostgreSQL opts out explicitly with SKIP_POSTGRES_TESTS=1, and the run says so.
// On a machine where PostgreSQL 15 is installed but not running (as on a fresh machine here), the default
// local server is started and the test role created, so `npm ci && npm test` needs no setup by hand.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { withConnection } from '../prisma/postgres.js'

/** A role that may create databases (.ci/run creates it); each run creates and drops its own databases. */
export const DEFAULT_TEST_POSTGRES_URL = 'postgresql://zhibu_test:zhibu_test@127.0.0.1:5432/postgres'

type Env = Record<string, string | undefined>

export function postgresTestsSkipped(env: Env = process.env): boolean {
  return /^(1|true|yes|on)$/i.test(env.SKIP_POSTGRES_TESTS ?? '')
}

export function testPostgresUrl(env: Env = process.env): string {
  return env.TEST_POSTGRES_URL || DEFAULT_TEST_POSTGRES_URL
}

export const SKIPPED_WARNING =
  '⚠ SKIP_POSTGRES_TESTS=1：本次不检查、不测试 PostgreSQL（迁移漂移检查和仓储测试只跑 SQLite）。'

function unreachable(url: string, error: unknown): Error {
  const safeUrl = url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@')
  return new Error(
    [
      `无法连接测试用 PostgreSQL（${safeUrl}）：${error instanceof Error ? error.message : String(error)}`,
      '  启动并建角色（.ci/run 会自动做）：',
      '    pg_ctlcluster --skip-systemctl-redirect 15 main start',
      `    runuser -u postgres -- psql -c "CREATE ROLE zhibu_test LOGIN CREATEDB PASSWORD 'zhibu_test'"`,
      '  或用 TEST_POSTGRES_URL 指向另一个可建库的账号；',
      '  本机确实没有 PostgreSQL 时，显式设置 SKIP_POSTGRES_TESTS=1 跳过 PostgreSQL 部分。',
    ].join('\n'),
  )
}

/** The admin URL when PostgreSQL is to be tested, null when explicitly skipped; throws when unreachable. */
export async function requireTestPostgres(env: Env = process.env): Promise<string | null> {
  if (postgresTestsSkipped(env)) return null
  const url = testPostgresUrl(env)
  try {
    await withConnection(url, (c) => c.query('SELECT 1'))
  } catch (error) {
    if (env.TEST_POSTGRES_URL || !startLocalPostgres()) throw unreachable(url, error)
    await withConnection(url, (c) => c.query('SELECT 1')).catch((again: unknown) => {
      throw unreachable(url, again)
    })
  }
  return url
}

const CREATE_ROLE = `SELECT 'CREATE ROLE zhibu_test LOGIN CREATEDB' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'zhibu_test') \\gexec
ALTER ROLE zhibu_test PASSWORD 'zhibu_test';
ALTER ROLE zhibu_test SET synchronous_commit = off;`

/** Starts the local PostgreSQL 15 cluster and creates the test role, as .ci/run does; false if it cannot. */
function startLocalPostgres(): boolean {
  if (!existsSync('/usr/bin/pg_ctlcluster')) return false
  try {
    execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', '15', 'main', 'start'], { stdio: 'ignore' })
  } catch {
    // Already running, or not ours to start: the role step and the retry tell.
  }
  try {
    for (let i = 0; i < 30; i++) {
      try {
        execFileSync('pg_isready', ['-q', '-h', '127.0.0.1', '-p', '5432'], { stdio: 'ignore' })
        break
      } catch {
        execFileSync('sleep', ['1'])
      }
    }
    execFileSync('runuser', ['-u', 'postgres', '--', 'psql', '-q', '-v', 'ON_ERROR_STOP=1'], {
      input: CREATE_ROLE,
      stdio: ['pipe', 'ignore', 'ignore'],
    })
    console.warn('已启动本机 PostgreSQL 15 并建好测试账号 zhibu_test（与 .ci/run 相同）。')
    return true
  } catch {
    return false
  }
}
