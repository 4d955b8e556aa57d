import { ConfigurationError } from "../errors.js";

/**
 * Checks a Postgres URL without ever echoing it (it usually holds a password): the scheme, a host,
 * and a port that is a number from 1 to 65535. `what` names the input in errors.
 */
export function parseDatabaseUrl(raw: string, what: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigurationError(
      `${what} is not a URL, or its port is not a number from 1 to 65535 (value hidden): use postgres://user:password@host:5432/db`,
    );
  }
  if (url.protocol !== "postgres:" && url.protocol !== "postgresql:") {
    throw new ConfigurationError(
      `${what} must start with postgres:// or postgresql://, got "${url.protocol}//…" (rest hidden)`,
    );
  }
  if (url.hostname === "" && !url.searchParams.get("host")) {
    throw new ConfigurationError(
      `${what} has no host (value hidden): use postgres://user:password@host:5432/db`,
    );
  }
  return raw;
}

/** The `database-url` input, validated, or undefined when it is not given. */
export function optionalDatabaseUrl(
  read: (name: string) => string,
): string | undefined {
  const raw = read("database-url").trim();
  return raw === "" ? undefined : parseDatabaseUrl(raw, 'input "database-url"');
}
