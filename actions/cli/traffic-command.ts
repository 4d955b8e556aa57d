/** `modelship traffic SPLIT`: the local split and shadows, which the local router follows. */
import { APP_INPUT, CONFIG_INPUT } from "../lib/common-inputs.js";
import { setTrafficWeights } from "../lib/db/deployments.js";
import { openPool } from "../lib/db/pool.js";
import { migrate } from "../lib/db/schema.js";
import { formatTraffic, parseTrafficSplit } from "../lib/deploy/traffic.js";
import { ConfigurationError } from "../lib/errors.js";
import { requiredInput } from "../lib/inputs.js";
import { localRouter } from "../lib/local/gateway.js";
import { environmentStateDir } from "../lib/local/paths.js";
import { runningLocalPostgres } from "../lib/local/postgres.js";
import { listLocalServices } from "../lib/local/services.js";
import { parseAppName } from "../lib/version.js";
import { ENV_FLAG, STATE_DIR_FLAG, type Command } from "./command.js";
import { stateDirOf } from "./local-state.js";

export const trafficCommand: Command = {
  name: "traffic",
  summary:
    "set the local split, e.g. v1=90,v2=10 or v1=100,v2=shadow (the local URL follows it)",
  positional: { name: "SPLIT", flag: "traffic" },
  flags: [
    {
      name: "traffic",
      required: true,
      help: "version=weight pairs summing to 100; version=shadow for a shadow",
    },
    APP_INPUT,
    ENV_FLAG,
    STATE_DIR_FLAG,
    CONFIG_INPUT,
  ],
  async run({ read }, logger) {
    const stateDir = stateDirOf(read, process.cwd());
    const app = parseAppName(requiredInput(read, "app"));
    const split = parseTrafficSplit(requiredInput(read, "traffic"));
    // The environment's own services, rows and router.
    const environment = requiredInput(read, "env");
    const servicesDir = environmentStateDir(stateDir, environment);
    const running = listLocalServices(servicesDir);
    const stopped = [...split.weights.keys()].filter((v) => !(v in running));
    if (stopped.length > 0)
      throw new ConfigurationError(
        `traffic names ${stopped.join(", ")}, which no local service runs (modelship status lists them)`,
      );
    const url = await runningLocalPostgres(stateDir);
    if (!url)
      throw new ConfigurationError(
        "the local PostgreSQL is not running: deploy with `modelship pipeline` first",
      );
    const pool = openPool(url);
    try {
      await migrate(pool);
      const { missing } = await setTrafficWeights(
        pool,
        { app, environment },
        split.weights,
        split.shadows,
      );
      if (missing.length > 0)
        throw new ConfigurationError(
          `traffic names ${missing.join(", ")}, which ${app} never deployed in ${environment}`,
        );
    } finally {
      await pool.end();
    }
    const router = localRouter(servicesDir);
    logger.info(
      `traffic ${formatTraffic(split.weights, split.shadows)}` +
        (router?.running ? `; ${router.url} follows it within a second` : ""),
    );
    return 0;
  },
};
