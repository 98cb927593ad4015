// PostgreSQL plumbing shared by the client, the migrations and the tests: small pools, whole databases.
import pg from 'pg'

/** Connections per process unless DATABASE_POOL_SIZE says otherwise: 30 processes × 3 stay under 100. */
export const DEFAULT_POOL_SIZE = 3

export function pgPoolConfig(url: string, max = DEFAULT_POOL_SIZE): pg.PoolConfig {
  return { connectionString: url, max }
}

const CHAR_OID = 18
const TEXT_OID = 25

/**
 * A pool for the schema engine when it reads a database's structure: the catalog has columns of type
 * "char" (OID 18), which @prisma/adapter-pg 7.10 refuses to map; they are one-letter text, so the
 * results call them text.
 */
export function catalogReadablePool(url: string): pg.Pool {
  const pool = new pg.Pool(pgPoolConfig(url, 1))
  const query = pool.query.bind(pool) as (config: pg.QueryConfig) => Promise<pg.QueryResult>
  const asText = async (config: pg.QueryConfig) => {
    const result = await query(config)
    for (const field of result.fields ?? []) if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID
    return result
  }
  pool.query = asText as typeof pool.query
  return pool
}

/** The same server and credentials, another database. */
export function urlWithDatabase(url: string, database: string): string {
  const u = new URL(url)
  u.pathname = `/${encodeURIComponent(database)}`
  return u.toString()
}

export function databaseNameOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1))
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`

/** Runs `work` on one short-lived connection (CREATE/DROP DATABASE cannot run inside a pool transaction). */
export async function withConnection<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

/** Creates `name` on the server of `adminUrl` (a copy of `template` when given); returns its URL. */
export async function createDatabase(adminUrl: string, name: string, template?: string): Promise<string> {
  const sql = `CREATE DATABASE ${quoteIdent(name)}${template ? ` TEMPLATE ${quoteIdent(template)}` : ''}`
  await withConnection(adminUrl, (c) => c.query(sql))
  return urlWithDatabase(adminUrl, name)
}

/** Drops `name`, closing whatever connections still use it. */
export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const drop = `DROP DATABASE IF EXISTS ${quoteIdent(name)}`
  await withConnection(adminUrl, async (c) => {
    try {
      await c.query(`${drop} WITH (FORCE)`)
    } catch (error) {
      // PostgreSQL 15 refuses FORCE to a non-superuser while an autovacuum worker (which has no role) is in the
      // database; a plain DROP asks that worker to stop and waits for it.
      if (!isInsufficientPrivilege(error)) throw error
      await c.query(drop)
    }
  })
}

const isInsufficientPrivilege = (error: unknown) =>
  error instanceof Error && 'code' in error && error.code === '42501'
