import { expect } from 'vitest';
import { PsmlError } from '../shared/errors.js';

/** Runs `fn`, expects it to throw a PsmlError (the user-facing error type), and returns it for assertions. */
export function psmlError(fn: () => unknown): PsmlError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(PsmlError);
    return e as PsmlError;
  }
  throw new Error('expected a PsmlError');
}
