// The configuration every test starts from: no pacing, a generous daily cap, short gateway limits.
import type { Config } from '../../handlers/types.js'

export const testConfig: Config = {
  databaseUrl: 'file::memory:',
  botAdminIds: ['admin-1'],
  timeZone: 'Asia/Shanghai',
  botName: '支部助手',
  outbound: { minGapMs: 0, jitterMs: 0, dailyCap: 10_000, splitAt: 500 },
  llm: null,
  policyLimits: { groupQuestions: 6, privateQuestions: 30, windowMinutes: 10 },
  staleAfterSeconds: 120,
  gateway: {
    watchdogSeconds: 300,
    checkEveryMs: 100,
    stallMs: 2_000,
    loginGraceMs: 500,
    backoffMinMs: 200,
    backoffMaxMs: 2_000,
  },
  dataDir: '.test-tmp',
  accounts: { label: '', leaseMs: 30_000, takeoverMs: 180_000, checkEveryMs: null },
}
