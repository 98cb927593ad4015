// The roster feature's registrations: import and counts, 报到, and the admin's re-link.
import type { HandlerSpec } from '../types.js'
import { checkinHandlers } from './checkin.js'
import { acceptRosterFile, askForRosterFile, showRosterCounts } from './commands.js'
import { relinkMember } from './relink.js'

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

/** Each bot instance gets its own (报到 keeps pending questions in memory). */
export function rosterHandlers(): HandlerSpec[] {
  return [askForRosterFile, acceptRosterFile, showRosterCounts, ...checkinHandlers(), relinkMember]
}
