/**
 * One catalogue of error codes. Messages name the input and, where there is
 * one, the fix. The pipeline never throws on odd text: it records a
 * Diagnostic with one of these codes and goes on.
 */
export const ErrorCodes = {
  INPUT_NOT_FOUND: 'E_INPUT_NOT_FOUND',
  INPUT_UNREADABLE: 'E_INPUT_UNREADABLE',
  INPUT_BINARY: 'E_INPUT_BINARY',
  INPUT_EMPTY: 'E_INPUT_EMPTY',
  INPUT_TOO_LARGE: 'E_INPUT_TOO_LARGE',
  INPUT_BAD_ENCODING: 'W_INPUT_BAD_ENCODING',
  JSONL_NOT_JSON: 'E_JSONL_NOT_JSON',
  JSONL_BAD_FIELD: 'E_JSONL_BAD_FIELD',
  KB_SCHEMA: 'E_KB_SCHEMA',
  KB_NOT_FOUND: 'E_KB_NOT_FOUND',
  DB_OPEN: 'E_DB_OPEN',
  DB_CONNECT: 'E_DB_CONNECT',
  DB_MIGRATION: 'E_DB_MIGRATION',
  USAGE: 'E_USAGE',
  STAGE_FAILED: 'E_STAGE_FAILED',
} as const;

export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

/** An error readout reports to a person: a stable code and a message naming the input. */
export class ReadoutError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly input?: string,
  ) {
    super(message);
    this.name = 'ReadoutError';
  }
}
