/**
 * A mistake in what the user gave us (an input, a file, a rule). Shells report these without a
 * stack trace, because the fix is in the user's workflow, not in our code.
 */
export class ConfigurationError extends Error {
  override name = "ConfigurationError";
}

/** A failed call to an outside service, naming the call and the resource it was about. */
export class ServiceCallError extends Error {
  override name = "ServiceCallError";
  constructor(
    readonly call: string,
    readonly resource: string,
    cause: unknown,
  ) {
    super(`${call} on ${resource} failed: ${errorMessage(cause)}`, { cause });
  }
}

/** The message of anything thrown, without assuming it is an Error. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  if (typeof error === "string") return error;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}

/**
 * Runs one outside call and rewraps its failure so the message says which call failed on which
 * resource (for example `CreateChangeSet on stack modelship-v3`). Configuration errors pass through.
 */
export async function describeFailure<T>(
  call: string,
  resource: string,
  fn: () => Promise<T>,
): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (
      error instanceof ConfigurationError ||
      error instanceof ServiceCallError
    )
      throw error;
    throw new ServiceCallError(call, resource, error);
  }
}
