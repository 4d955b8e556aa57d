/**
 * A small evaluator of IAM identity policies, enough to ask "would this role be allowed this
 * action on this resource, with this request context?" It follows AWS's rules for what our
 * templates use: Action and Resource wildcards, NotAction, explicit Deny, permissions boundaries,
 * and the String/Arn/Null/Bool condition operators with ForAllValues/ForAnyValue and IfExists.
 */

/** One statement of a policy document, after the template was evaluated. */
export interface Statement {
  Sid?: string;
  Effect: "Allow" | "Deny";
  Action?: string | string[];
  NotAction?: string | string[];
  Resource?: string | string[];
  Condition?: Record<string, Record<string, string | string[]>>;
}

/** What a role may do: its identity policies and, when set, its permissions boundary. */
export interface RolePolicies {
  statements: Statement[];
  boundary?: Statement[];
}

/** One API call as IAM sees it. */
export interface Request {
  /** `service:Action`, e.g. `cloudformation:CreateChangeSet`. */
  action: string;
  /** The resource ARN, or `*` for actions without resource-level permissions. */
  resource: string;
  /** Condition keys of the request (`aws:RequestTag/x`, `iam:PassedToService`, ...). */
  context?: Record<string, string | string[]>;
}

const list = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

function wildcard(pattern: string, flags = ""): RegExp {
  const body = pattern
    .split("")
    .map((c) =>
      c === "*"
        ? ".*"
        : c === "?"
          ? "."
          : c.replace(/[.+^${}()|[\]\\/]/g, "\\$&"),
    )
    .join("");
  return new RegExp(`^${body}$`, flags);
}

/** Action names compare without case; `*` and `?` are wildcards. */
export function actionMatches(pattern: string, action: string): boolean {
  return wildcard(pattern, "i").test(action);
}

// The five leading ARN parts (arn, partition, service, region, account) match one by one, so a
// wildcard never spans their colons; the resource part after them may hold colons of its own.
function splitArn(arn: string): string[] {
  const parts = arn.split(":");
  return [...parts.slice(0, 5), parts.slice(5).join(":")];
}

/** True when an ARN pattern (with `*` and `?`) matches the ARN. */
export function resourceMatches(pattern: string, resource: string): boolean {
  if (pattern === "*") return true;
  if (resource === "*") return false;
  const want = splitArn(pattern);
  const have = splitArn(resource);
  return (
    want.length === have.length &&
    want.every((p, i) => wildcard(p).test(have[i] ?? ""))
  );
}

const OPERATORS: Record<string, (pattern: string, value: string) => boolean> = {
  StringEquals: (p, v) => p === v,
  StringNotEquals: (p, v) => p !== v,
  StringEqualsIgnoreCase: (p, v) => p.toLowerCase() === v.toLowerCase(),
  StringLike: (p, v) => wildcard(p).test(v),
  StringNotLike: (p, v) => !wildcard(p).test(v),
  ArnEquals: (p, v) => resourceMatches(p, v),
  ArnLike: (p, v) => resourceMatches(p, v),
  ArnNotEquals: (p, v) => !resourceMatches(p, v),
  Bool: (p, v) => p.toLowerCase() === v.toLowerCase(),
};
const NEGATED = new Set(["StringNotEquals", "StringNotLike", "ArnNotEquals"]);

function contextValue(
  context: Record<string, string | string[]>,
  key: string,
): string[] | undefined {
  const found = Object.entries(context).find(
    ([k]) => k.toLowerCase() === key.toLowerCase(),
  );
  return found === undefined ? undefined : list(found[1]);
}

/** Evaluates one operator block, e.g. `{ StringEquals: { "iam:PassedToService": "x" } }`. */
function conditionHolds(
  rawOperator: string,
  entries: Record<string, string | string[]>,
  context: Record<string, string | string[]>,
): boolean {
  const [qualifier, rest] = rawOperator.includes(":")
    ? (rawOperator.split(":") as [string, string])
    : [undefined, rawOperator];
  const ifExists = rest.endsWith("IfExists");
  const operator = ifExists ? rest.slice(0, -"IfExists".length) : rest;
  return Object.entries(entries).every(([key, expected]) => {
    const values = contextValue(context, key);
    const patterns = list(expected);
    if (operator === "Null")
      return (values === undefined) === (patterns[0] === "true");
    const test = OPERATORS[operator];
    if (!test)
      throw new Error(
        `condition operator ${rawOperator} is not supported here`,
      );
    if (values === undefined) return ifExists || qualifier === "ForAllValues";
    const one = (value: string) =>
      NEGATED.has(operator)
        ? patterns.every((p) => test(p, value))
        : patterns.some((p) => test(p, value));
    if (qualifier === "ForAllValues") return values.every(one);
    if (qualifier === "ForAnyValue") return values.some(one);
    return values.length === 1 && one(values[0] as string);
  });
}

/** True when the statement applies to the request (action, resource and every condition). */
export function statementApplies(
  statement: Statement,
  request: Request,
): boolean {
  const actionHit =
    statement.NotAction !== undefined
      ? !list(statement.NotAction).some((p) => actionMatches(p, request.action))
      : list(statement.Action).some((p) => actionMatches(p, request.action));
  if (!actionHit) return false;
  if (
    !list(statement.Resource).some((p) => resourceMatches(p, request.resource))
  )
    return false;
  return Object.entries(statement.Condition ?? {}).every(
    ([operator, entries]) =>
      conditionHolds(operator, entries, request.context ?? {}),
  );
}

function allowedBy(statements: Statement[], request: Request): boolean {
  const applying = statements.filter((s) => statementApplies(s, request));
  return (
    applying.some((s) => s.Effect === "Allow") &&
    !applying.some((s) => s.Effect === "Deny")
  );
}

/** IAM's decision for one request: allowed by the identity policies and within the boundary. */
export function isAllowed(role: RolePolicies, request: Request): boolean {
  if (!allowedBy(role.statements, request)) return false;
  return role.boundary === undefined || allowedBy(role.boundary, request);
}

/** Every action a role's Allow statements name (wildcards as written). */
export function grantedActions(role: RolePolicies): string[] {
  return role.statements
    .filter((s) => s.Effect === "Allow")
    .flatMap((s) => list(s.Action));
}
