// The one error a roster file can cause as a whole.

/** A problem with the whole file: nothing is imported. The message is plain Chinese for the user. */
export class RosterFileError extends Error {
  readonly userMessage: string
  constructor(userMessage: string, options?: { cause?: unknown }) {
    super(userMessage, options)
    this.name = 'RosterFileError'
    this.userMessage = userMessage
  }
}
