/**
 * Source files whose SDK calls an ECS task role makes (a worker inside the version's tasks), not
 * the GitHub role: the GitHub role's coverage test leaves them out, and each worker's own test
 * checks them against its template's task role instead.
 */
export const TASK_ROLE_FILES: ReadonlySet<string> = new Set([
  "actions/lib/aws/kinesis.ts",
]);

/**
 * Of those, the files whose calls the GitHub role makes too: smoke-test of a stream version puts
 * its cases on the input stream and reads the decisions from the output stream with the same
 * Kinesis adapter, so the GitHub role's coverage includes them.
 */
export const GITHUB_ROLE_TOO: ReadonlySet<string> = new Set([
  "actions/lib/aws/kinesis.ts",
]);
