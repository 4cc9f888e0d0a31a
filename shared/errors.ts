/**
 * The one error type users see: what went wrong, on which field or resource, and what to do.
 * Anything else that escapes is a bug and is reported with its stack.
 */
export interface PsmlErrorDetails {
  /** Field path (`serving.gpu.count`) or input name (`images`). */
  field?: string;
  /** Resource or file the error is about (`instanceTemplates/serving-v1-2`, `psml.yaml:12:3`). */
  resource?: string;
  /** What the user should do about it. */
  hint?: string;
  /** Further lines (e.g. a failing build step's log lines, several validation errors). */
  details?: string[];
  cause?: unknown;
}

export class PsmlError extends Error {
  readonly field?: string;
  readonly resource?: string;
  readonly hint?: string;
  readonly details: string[];

  constructor(message: string, opts: PsmlErrorDetails = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'PsmlError';
    this.field = opts.field;
    this.resource = opts.resource;
    this.hint = opts.hint;
    this.details = opts.details ?? [];
  }

  /** One line for annotations (`::error::`), where newlines would split the message. */
  oneLine(): string {
    const where = [this.resource, this.field].filter(Boolean).join(' ');
    return [where ? `${where}: ${this.message}` : this.message, this.hint].filter(Boolean).join(' — ');
  }

  /** Full text for a terminal. */
  describe(): string {
    return [this.oneLine(), ...this.details.map((d) => `  ${d}`)].join('\n');
  }
}

export const isPsmlError = (e: unknown): e is PsmlError => e instanceof PsmlError;

/** Text for any thrown value: user errors as written, bugs with their stack so they can be reported. */
export function describeError(e: unknown): string {
  if (isPsmlError(e)) return e.describe();
  if (e instanceof Error) return `internal error (please report it): ${e.stack ?? e.message}`;
  return `internal error (please report it): ${String(e)}`;
}
