// npm run export -- --branch <支部名称> [--out 文件.xlsx]: the same .xlsx as the 导出 command, from the command line.
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { buildAttendanceWorkbook } from '../handlers/attendance/workbook.js'
import { createDb } from '../prisma/client.js'
import { findBranchByName } from '../prisma/repos/core/groups.js'

const USAGE = '用法: npm run export -- --branch <支部名称> [--out 文件.xlsx]（数据库取自 DATABASE_URL）'

/** Returns the written file, or throws an Error whose message is meant for the user. */
export async function runExport(argv: string[], env: NodeJS.ProcessEnv): Promise<string> {
  const { values } = parseArgs({
    args: argv,
    options: { branch: { type: 'string' }, out: { type: 'string' } },
  })
  if (!values.branch) throw new Error(USAGE)
  const db = createDb(env.DATABASE_URL ?? 'file:./data/zhibu.db')
  try {
    const branch = await findBranchByName(db, values.branch).catch((error: unknown) => {
      const notMigrated = (error as { code?: string }).code === 'P2021'
      throw notMigrated
        ? new Error('数据库还没有建表，请先运行 npm run db:deploy（或启动一次机器人）。')
        : error
    })
    if (!branch) throw new Error(`数据库里没有名为“${values.branch}”的支部。`)
    const wb = await buildAttendanceWorkbook(db, branch.id)
    const file = path.resolve(values.out ?? `${branch.name}-出勤.xlsx`)
    await wb.xlsx.writeFile(file)
    return file
  } finally {
    await db.$disconnect()
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    console.log(`已导出：${await runExport(process.argv.slice(2), process.env)}`)
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    process.exitCode = 1
  }
}
