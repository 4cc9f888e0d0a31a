/** Errors in the exact JSON shape Compute Engine answers with: `{"error":{"code","message","errors":[{message,domain,reason}]}}`. */
export class ComputeApiError extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
    message: string,
    /** Extra members of `error` (e.g. `status`, `details`), as some real answers carry. */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }

  body(): unknown {
    return {
      error: {
        code: this.code,
        message: this.message,
        errors: [{ message: this.message, domain: 'global', reason: this.reason }],
        ...this.extra,
      },
    };
  }
}

export const notFound = (path: string) => new ComputeApiError(404, 'notFound', `The resource '${path}' was not found`);
export const alreadyExists = (path: string) => new ComputeApiError(409, 'alreadyExists', `The resource '${path}' already exists`);
export const invalid = (message: string) => new ComputeApiError(400, 'invalid', message);
export const invalidField = (field: string, value: unknown, why: string) =>
  invalid(`Invalid value for field '${field}': '${typeof value === 'string' ? value : JSON.stringify(value)}'. ${why}`);
export const required = (field: string) => new ComputeApiError(400, 'required', `Required field '${field}' not specified`);
export const badRequest = (message: string) => new ComputeApiError(400, 'badRequest', message);
export const inUse = (path: string, by: string) =>
  new ComputeApiError(400, 'resourceInUseByAnotherResource', `The ${kindWord(path)} resource '${path}' is already being used by '${by}'`);
export const conditionNotMet = (what: string) =>
  new ComputeApiError(
    412,
    'conditionNotMet',
    `Supplied fingerprint does not match current metadata fingerprint.${what ? ` (${what})` : ''}`,
  );
export const notImplemented = (what: string) =>
  new ComputeApiError(501, 'notImplemented', `${what} is not implemented by the psml Compute Engine emulator`);

/** Google's wording for the collection in "in use" messages: `instance_template`, `health_check`, … */
function kindWord(path: string): string {
  const collection = path.split('/').at(-2) ?? 'resource';
  return collection.replace(/s$/, '').replace(/([A-Z])/g, '_$1').toLowerCase();
}

/** Default wording of fault-injected errors, per reason. */
export const REASON_MESSAGES: Record<string, string> = {
  rateLimitExceeded: 'Rate Limit Exceeded',
  userRateLimitExceeded: 'User Rate Limit Exceeded',
  backendError: 'Internal error. Please try again or contact Google Support.',
  internalError: 'Internal error. Please try again or contact Google Support.',
  operationInProgress: 'Operation in progress on the resource; try again later.',
  CONCURRENT_OPERATIONS_QUOTA_EXCEEDED: 'Exceeded limit on concurrent operations; try again later.',
  forbidden: 'Required permission is missing.',
  quotaExceeded: 'Quota exceeded.',
  notFound: 'The resource was not found',
};
