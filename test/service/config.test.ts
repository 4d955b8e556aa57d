import { spawnSync } from "node:child_process";
import path from "node:path";
import { ConfigurationError } from "../../actions/lib/errors.js";
import {
  openFileLimit,
  parseServiceConfig,
} from "../../example-app/src/config.js";
import { ROOT } from "../helpers/run-bundle.js";

describe("parseServiceConfig", () => {
  it("has bounded, durable defaults", () => {
    const config = parseServiceConfig({ MODEL_VERSION: "v7" });
    expect(config).toMatchObject({
      logMode: "batched",
      durability: "batched",
      journalDir: path.resolve(".modelship/journal/v7"),
      journalMaxBytes: 1024 ** 3,
      fsyncMs: 5,
      flushIntervalMs: 100,
      drainTimeoutMs: 25_000,
    });
    expect(config.http).toMatchObject({
      requestTimeoutMs: 10_000,
      headersTimeoutMs: 5000,
      keepAliveTimeoutMs: 65_000,
      bodyLimit: 128 * 1024,
    });
    const fds = openFileLimit();
    if (fds !== undefined)
      expect(config.http.maxConnections).toBeLessThanOrEqual(fds - 100);
  });

  it("reads the journal settings", () => {
    expect(
      parseServiceConfig({
        LOG_JOURNAL_DIR: "/var/tmp/j",
        LOG_JOURNAL_MAX_BYTES: "5000000",
        LOG_DURABILITY: "strict",
        LOG_FSYNC_MS: "2",
      }),
    ).toMatchObject({
      journalDir: "/var/tmp/j",
      journalMaxBytes: 5_000_000,
      durability: "strict",
      fsyncMs: 2,
    });
  });

  it.each([
    // Node's timers fire after 1 ms for anything past 2^31-1 ms: such values are refused.
    [
      "LOG_FLUSH_MS",
      "1e12",
      /LOG_FLUSH_MS must be at most 60000, got 1000000000000/,
    ],
    [
      "DRAIN_TIMEOUT_MS",
      "4000000000",
      /DRAIN_TIMEOUT_MS must be at most 3600000/,
    ],
    [
      "REQUEST_TIMEOUT_MS",
      "99999999999",
      /REQUEST_TIMEOUT_MS must be at most 3600000/,
    ],
    ["KEEP_ALIVE_TIMEOUT_MS", "1e10", /KEEP_ALIVE_TIMEOUT_MS must be at most/],
    ["LOG_FSYNC_MS", "0", /LOG_FSYNC_MS must be at least 1, got 0/],
    ["LOG_FSYNC_MS", "soon", /LOG_FSYNC_MS must be a number, got "soon"/],
    [
      "LOG_JOURNAL_MAX_BYTES",
      "10",
      /LOG_JOURNAL_MAX_BYTES must be at least 1048576/,
    ],
    [
      "LOG_DURABILITY",
      "eventual",
      /LOG_DURABILITY must be one of batched, strict, got "eventual"/,
    ],
    [
      "LOG_MODE",
      "sync",
      /LOG_MODE=sync .* was removed: use LOG_DURABILITY=strict/,
    ],
    ["MAX_CONNECTIONS", "100000000", /MAX_CONNECTIONS must be at most/],
  ])("refuses %s=%s, naming it", (name, value, message) => {
    expect(() => parseServiceConfig({ [name]: value })).toThrow(message);
    expect(() => parseServiceConfig({ [name]: value })).toThrow(
      ConfigurationError,
    );
  });

  it.each([
    [{}, "batched"],
    [{ MODELSHIP_GATEWAY: "true" }, "off"],
    [{ MODELSHIP_GATEWAY: "false" }, "batched"],
    [{ MODELSHIP_GATEWAY: "true", LOG_MODE: "batched" }, "batched"],
  ])("logs by itself unless a gateway in front logs (%j: %s)", (env, mode) => {
    expect(parseServiceConfig(env).logMode).toBe(mode);
  });

  it("refuses a headers timeout longer than the request timeout", () => {
    expect(() =>
      parseServiceConfig({
        REQUEST_TIMEOUT_MS: "1000",
        HEADERS_TIMEOUT_MS: "2000",
      }),
    ).toThrow(/HEADERS_TIMEOUT_MS must be at most 1000, got 2000/);
  });

  it.each([
    [
      "a port that is not a number",
      "postgres://app:s3cret-pw@db.internal:notaport/app",
      /DATABASE_URL is not a URL, or its port is not a number from 1 to 65535 \(value hidden\)/,
    ],
    [
      "another scheme",
      "mysql://app:s3cret-pw@db.internal:3306/app",
      /DATABASE_URL must start with postgres:\/\/ or postgresql:\/\//,
    ],
  ])(
    "refuses a DATABASE_URL with %s without showing it",
    (_name, url, message) => {
      let error: Error | undefined;
      try {
        parseServiceConfig({ DATABASE_URL: url });
      } catch (caught) {
        error = caught as Error;
      }
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(error!.message).toMatch(message);
      expect(error!.message).not.toContain("s3cret-pw");
      expect(error!.message).not.toContain("db.internal");
    },
  );
});

describe("the service process", () => {
  it("exits 2 at start on a DATABASE_URL that is not a postgres URL, never echoing it", () => {
    const tsx = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");
    const result = spawnSync(
      process.execPath,
      [tsx, "example-app/src/server.ts"],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          DATABASE_URL: "postgres://app:s3cret-pw@db.internal:notaport/app",
          PORT: "0",
        },
        encoding: "utf8",
        timeout: 30_000,
      },
    );
    expect(result.status).toBe(2);
    const output = result.stdout + result.stderr;
    expect(output).toMatch(
      /service failed to start: DATABASE_URL is not a URL/,
    );
    expect(output).not.toContain("s3cret-pw");
    expect(output).not.toContain("notaport");
  });
});
