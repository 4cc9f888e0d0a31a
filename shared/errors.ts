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
  const user = asUserError(e);
  if (user) return user.describe();
  if (e instanceof Error) return `internal error (please report it): ${e.stack ?? e.message}`;
  return `internal error (please report it): ${String(e)}`;
}

const FS_WORDS: Record<string, string> = {
  ENOENT: 'does not exist',
  EISDIR: 'is a directory, not a file',
  ENOTDIR: 'has a path part that is not a directory',
  EACCES: 'is not accessible (permission denied)',
  EPERM: 'is not accessible (operation not permitted)',
  ENOSPC: 'cannot be written: the disk is full',
  EROFS: 'cannot be written: read-only file system',
};

/**
 * Failures of the user's environment that libraries throw as plain errors — missing Google credentials, a file that
 * is a directory or cannot be written — as the PsmlError saying what to do; undefined for anything else (a bug).
 * The last line of defence in the CLI and the actions, so such a failure never reads as "internal error".
 */
export function asUserError(e: unknown): PsmlError | undefined {
  if (isPsmlError(e)) return e;
  if (!(e instanceof Error)) return undefined;
  if (/Could not load the default credentials|Unable to detect a Project Id/.test(e.message)) {
    return new PsmlError('no Google Cloud credentials found (Application Default Credentials)', {
      resource: 'credentials',
      hint:
        'run `gcloud auth application-default login`, set GOOGLE_APPLICATION_CREDENTIALS to a key file, use google-github-actions/auth in a workflow, ' +
        'or point PSML_COMPUTE_ENDPOINT / PSML_BILLING_ENDPOINT at a local emulator (`psml emulator start`)',
      cause: e,
    });
  }
  const fs = e as NodeJS.ErrnoException;
  if (typeof fs.code === 'string' && fs.code in FS_WORDS && typeof fs.path === 'string' && typeof fs.syscall === 'string') {
    return new PsmlError(`${fs.path} ${FS_WORDS[fs.code]} (${fs.code} on ${fs.syscall})`, {
      resource: fs.path,
      hint: 'check the path (and its directory) and try again; nothing else was changed',
      cause: e,
    });
  }
  return undefined;
}

/**
 * Keeps library quirks from crashing a CLI or action process with a stack: some Google client calls reject a
 * second, unobserved promise with the same error the awaited call reports (`initialize().catch(e => { throw e })`),
 * and google-auth-library warns while probing for a metadata server. Both are noise once the awaited call fails
 * with a clear error; a genuinely unobserved bug still crashes as Node would.
 */
export function guardProcess(): void {
  if ((globalThis as { __psmlGuarded?: boolean }).__psmlGuarded) return;
  (globalThis as { __psmlGuarded?: boolean }).__psmlGuarded = true;
  process.on('unhandledRejection', (reason) => {
    if (asUserError(reason)) return; // reported by the call that was awaited
    throw reason instanceof Error ? reason : new Error(String(reason));
  });
  const listeners = process.listeners('warning');
  process.removeAllListeners('warning');
  process.on('warning', (w) => {
    if (w.name === 'MetadataLookupWarning') return;
    for (const l of listeners) l(w);
  });
}
