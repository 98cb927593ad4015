// Why a phrase was not accepted: a refusal names the part it could not read; a question asks about one
// ambiguous part.

export class PhraseError extends Error {
  constructor(
    message: string,
    readonly question = false,
  ) {
    super(message)
  }
}

export const refuse = (message: string): never => {
  throw new PhraseError(message)
}

export const ask = (question: string): never => {
  throw new PhraseError(question, true)
}
