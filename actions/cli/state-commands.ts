/** `modelship status` and `modelship down`: the local target's state, read-only and stopped. */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { listAllEnvironments, type Deployment } from "../lib/db/deployments.js";
import { environmentStateDir } from "../lib/local/paths.js";
import { openPool } from "../lib/db/pool.js";
import { APP_INPUT, CONFIG_INPUT } from "../lib/common-inputs.js";
import { booleanInput, requiredInput } from "../lib/inputs.js";
import { withStateLock } from "../lib/local/lock.js";
import {
  runningLocalPostgres,
  stopLocalPostgres,
} from "../lib/local/postgres.js";
import { localRouter, stopLocalRouter } from "../lib/local/gateway.js";
import {
  listLocalServices,
  stopLocalService,
  type LocalService,
} from "../lib/local/services.js";
import { DEFAULT_ENVIRONMENT, parseAppName } from "../lib/version.js";
import { STATE_DIR_FLAG, type Command } from "./command.js";
import { stateDirOf } from "./local-state.js";

/** What `status --json` prints. */
export interface LocalStatus {
  app: string;
  /** The one local URL: the router, which splits traffic by the weights below. */
  url?: string;
  /** The local database, for querying the prediction logs (undefined when it is not running). */
  databaseUrl?: string;
  versions: {
    /** The environment the row is in (`production` without environments). */
    environment: string;
    version: string;
    status: string;
    traffic: number;
    /** serving, or shadow (mirrored copies only). */
    role: string;
    url?: string;
    running: boolean;
    /** The router of the version's environment (its one URL), when it runs. */
    router?: string;
  }[];
}

async function readRows(url: string, app: string): Promise<Deployment[]> {
  const pool = openPool(url);
  try {
    const exists = await pool.query<{ found: string | null }>(
      "SELECT to_regclass('public.deployments')::text AS found",
    );
    return exists.rows[0]?.found ? await listAllEnvironments(pool, app) : [];
  } finally {
    await pool.end();
  }
}

/** The state directories of every environment that has run services here. */
function servicesDirs(stateDir: string): string[] {
  const root = path.join(stateDir, "environments");
  const others = existsSync(root)
    ? readdirSync(root).map((env) => path.join(root, env))
    : [];
  return [stateDir, ...others];
}

function statusOf(
  app: string,
  url: string | undefined,
  rows: Deployment[],
  stateDir: string,
): LocalStatus {
  const running = new Map<string, Record<string, LocalService>>();
  const servicesOf = (environment: string) => {
    const dir = environmentStateDir(stateDir, environment);
    if (!running.has(dir)) running.set(dir, listLocalServices(dir));
    return running.get(dir) as Record<string, LocalService>;
  };
  // Each environment's directory has its own router; the default one's is the app's URL.
  const routerOf = (environment: string) => {
    const router = localRouter(environmentStateDir(stateDir, environment));
    return router?.running ? router.url : undefined;
  };
  return {
    app,
    url: routerOf(DEFAULT_ENVIRONMENT),
    databaseUrl: url,
    versions: rows.map((row) => {
      const services = servicesOf(row.environment);
      return {
        environment: row.environment,
        version: row.version,
        status: row.status,
        traffic: row.trafficWeight,
        role: row.role,
        url: services[row.version]?.url ?? row.url ?? undefined,
        running: row.version in services,
        router: routerOf(row.environment),
      };
    }),
  };
}

/** Each environment's running router, the default environment's first. */
function routersOf(status: LocalStatus): Map<string, string> {
  const routers = new Map<string, string>();
  if (status.url) routers.set(DEFAULT_ENVIRONMENT, status.url);
  for (const v of status.versions)
    if (v.router && !routers.has(v.environment))
      routers.set(v.environment, v.router);
  return routers;
}

export const statusCommand: Command = {
  name: "status",
  summary:
    "local deployments per environment, their traffic and URLs (read-only: starts nothing)",
  flags: [
    APP_INPUT,
    STATE_DIR_FLAG,
    { name: "json", default: "false", switch: true, help: "print JSON" },
    CONFIG_INPUT,
  ],
  async run({ read }, logger) {
    const stateDir = stateDirOf(read, process.cwd());
    const app = parseAppName(requiredInput(read, "app"));
    const url = await runningLocalPostgres(stateDir);
    const rows = url ? await readRows(url, app) : [];
    const status = statusOf(app, url, rows, stateDir);
    if (booleanInput(read, "json", false)) {
      process.stdout.write(`${JSON.stringify(status, null, 2)}\n`);
      return 0;
    }
    if (!url)
      logger.info(
        "the local PostgreSQL is not running (nothing deployed, or after `modelship down`)",
      );
    else if (rows.length === 0) logger.info("no deployments recorded yet");
    for (const v of status.versions) {
      const live = v.running ? `running on ${v.url}` : "not running";
      const share =
        v.role === "shadow"
          ? "shadow      "
          : `traffic ${String(v.traffic).padStart(3)}%`;
      logger.info(
        `${v.environment.padEnd(12)} ${v.version.padEnd(14)} ${v.status.padEnd(9)} ${share}  ${live}`,
      );
    }
    for (const [environment, router] of routersOf(status))
      logger.info(
        `url (${environment}): ${router} (every version, split by traffic; dashboard: ${router}/_modelship/dashboard/)`,
      );
    if (url) logger.info(`database: ${url}`);
    return 0;
  },
};

export const downCommand: Command = {
  name: "down",
  summary:
    "stop the local router, services and gateways (they drain their logs) and PostgreSQL",
  flags: [STATE_DIR_FLAG],
  async run({ read }, logger) {
    const stateDir = stateDirOf(read, process.cwd());
    return withStateLock(stateDir, logger, async () => {
      for (const dir of servicesDirs(stateDir)) {
        await stopLocalRouter(dir, logger);
        for (const version of Object.keys(listLocalServices(dir)))
          await stopLocalService(dir, version, logger);
      }
      if (await stopLocalPostgres(stateDir))
        logger.info("stopped the local PostgreSQL");
      return 0;
    });
  },
};
