/** `modelship dashboard`: the dashboard page on a local port, until interrupted. */
import {
  APP_INPUT,
  CONFIG_INPUT,
  DATABASE_URL_INPUT,
} from "../lib/common-inputs.js";
import { openPool } from "../lib/db/pool.js";
import { startDashboardServer } from "../lib/dashboard/server.js";
import type { InputTable } from "../lib/input-table.js";
import { parseNumber, requiredInput, type NumberRule } from "../lib/inputs.js";
import { parseAppName } from "../lib/version.js";
import { readOnlyDatabase } from "./ab-command.js";
import { STATE_DIR_FLAG, type Command } from "./command.js";

/** The confidence level of the page's accuracy intervals. */
const ACCURACY_LEVEL = 0.95;

/** The longest one read of the dashboard's data may take. */
const STATEMENT_TIMEOUT_MS = 10_000;

const DASHBOARD_FLAGS: InputTable = [
  APP_INPUT,
  DATABASE_URL_INPUT,
  STATE_DIR_FLAG,
  { name: "port", default: "8090", help: "port to serve the page on" },
  {
    name: "host",
    default: "127.0.0.1",
    help: "address to listen on (0.0.0.0 shows it to the network)",
  },
  {
    name: "poll-seconds",
    default: "5",
    help: "how often the page reads new figures",
  },
  {
    name: "window-seconds",
    default: "300",
    help: "the recent window of the request rate and latency percentiles",
  },
  CONFIG_INPUT,
];

/** Resolves on SIGINT or SIGTERM. */
function interrupted(): Promise<string> {
  return new Promise((resolve) => {
    process.once("SIGINT", () => resolve("SIGINT"));
    process.once("SIGTERM", () => resolve("SIGTERM"));
  });
}

/** `modelship dashboard`. */
export const dashboardCommand: Command = {
  name: "dashboard",
  summary:
    "serve a page of versions, traffic, latency and online accuracy (read-only)",
  flags: DASHBOARD_FLAGS,
  async run({ read }, logger) {
    const app = parseAppName(requiredInput(read, "app"));
    const number = (name: string, rule: NumberRule) =>
      parseNumber(requiredInput(read, name), `--${name}`, rule);
    const settings = {
      port: number("port", { min: 0, max: 65535, integer: true }),
      host: requiredInput(read, "host"),
      pollSeconds: number("poll-seconds", { min: 0.2, max: 3600 }),
      windowSeconds: number("window-seconds", { min: 10, max: 86_400 }),
    };
    const db = openPool(await readOnlyDatabase(read), 2, {
      statementTimeoutMs: STATEMENT_TIMEOUT_MS,
    });
    try {
      const server = await startDashboardServer({
        ...settings,
        db,
        app,
        level: ACCURACY_LEVEL,
        logger,
      });
      logger.info(
        `modelship dashboard of ${app}: ${server.url} (Ctrl-C stops it)`,
      );
      const signal = await interrupted();
      logger.info(`${signal}: stopping the dashboard`);
      await server.close();
      return 0;
    } finally {
      await db.end();
    }
  },
};
