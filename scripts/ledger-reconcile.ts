// npm run ledger:reconcile -- <台账.xlsx|台账.csv> --branch <支部名称> [--org <流出地党组织>] [--database <url>]
// 双向对账 from the command line: the same comparison as the 对账 command, printed with phones masked. The roster is
// not changed; the result is kept, so a secretary can accept its changes in the group with 接受对账.
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { openDatabase } from '../prisma/client.js'
import { findBranchByName } from '../prisma/repos/core/groups.js'
import { runReconciliation } from '../handlers/ledger/reconcile-run.js'
import { groupReconcileText, itemLine, KIND_LABEL } from '../handlers/ledger/reconcile-report.js'
import { RosterFileError } from '../handlers/roster/parse.js'

const USAGE =
  '用法：npm run ledger:reconcile -- <台账.xlsx|台账.csv> --branch <支部名称> [--org <流出地党组织>] [--database <url>]'

/** Returns the exit code; prints the report through `print`, problems through `warn`. */
export async function reconcileCli(
  argv: string[],
  env: NodeJS.ProcessEnv,
  print: (line: string) => void,
  warn: (line: string) => void,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { branch: { type: 'string' }, org: { type: 'string' }, database: { type: 'string' } },
  })
  const file = positionals[0]
  if (!file || !values.branch) {
    warn(USAGE)
    return 64
  }
  const { db } = await openDatabase(values.database || env.DATABASE_URL || 'file:./data/zhibu.db')
  try {
    const branch = await findBranchByName(db, values.branch)
    if (!branch) {
      warn(`数据库里没有名为“${values.branch}”的支部。`)
      return 2
    }
    const run = await runReconciliation(db, {
      branchId: branch.id,
      file: { buffer: await readFile(file), name: path.basename(file) },
      originOrg: values.org?.trim() || null,
      by: 'cli',
      at: new Date(),
    })
    for (const n of run.numbered) print(`${n.no}\t${KIND_LABEL[n.outcome.kind]}\t${itemLine(n.outcome)}`)
    for (const p of [...run.skipped, ...run.notes]) print(`台账第${p.row}行\t${p.name || '-'}\t${p.reason}`)
    print(groupReconcileText(run).replace('明细已私信发给你。', ''))
    return 0
  } catch (error) {
    if (!(error instanceof RosterFileError)) throw error
    warn(`台账没有比对：${error.userMessage}`)
    return 2
  } finally {
    await db.$disconnect()
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (existsSync('.env')) process.loadEnvFile('.env')
  reconcileCli(process.argv.slice(2), process.env, console.log, console.error).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error('对账失败：', error instanceof Error ? error.message : error)
      process.exitCode = 1
    },
  )
}
