/**
 * Source files whose SDK calls an ECS task role makes (a worker inside the version's tasks), not
 * the GitHub role: the GitHub role's coverage test leaves them out, and each worker's own test
 * checks them against its template's task role instead.
 */
export const TASK_ROLE_FILES: ReadonlySet<string> = new Set([
  "actions/lib/aws/kinesis.ts",
]);
