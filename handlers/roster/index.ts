// The roster feature's registrations. 报到 lives in handlers/checkin.ts, admin re-link in handlers/relink.ts.
import type { HandlerSpec } from '../types.js'
import { acceptRosterFile, askForRosterFile, showRosterCounts } from './commands.js'

export { IMPORT_FILE_HANDLER_ID } from './commands.js'
export { importRosterFile, type ImportReport } from './import.js'
export {
  parseRosterFile,
  RosterFileError,
  type ParsedRoster,
  type RosterRow,
  type RowProblem,
} from './parse.js'
export { maskPhone, normalizePhone } from './phone.js'
export { normalizeIdNumber } from './id-number.js'
export { matchHeaders, normalizeHeader, type ColumnMap, type RosterField } from './headers.js'
export { matchPeople, type Ambiguity, type KnownPerson, type MatchResult, type RowMatch } from './match.js'

export const rosterHandlers: HandlerSpec[] = [askForRosterFile, acceptRosterFile, showRosterCounts]
