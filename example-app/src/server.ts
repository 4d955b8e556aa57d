// The service's entry point: `npm start --prefix example-app`, and the container's command.
import { errorMessage, ConfigurationError } from "../../actions/lib/errors.js";
import { parseServiceConfig } from "./config.js";
import { closeLine, startService, type RunningService } from "./service.js";

function fail(error: unknown): never {
  const message = errorMessage(error);
  // One JSON line, like every other log line of the service.
  process.stderr.write(
    `${JSON.stringify({ level: 50, time: Date.now(), msg: `service failed to start: ${message}` })}\n`,
  );
  process.exit(error instanceof ConfigurationError ? 2 : 1);
}

/**
 * On SIGTERM (ECS stopping the task) or SIGINT: stop accepting, finish in-flight requests, drain
 * the prediction log within DRAIN_TIMEOUT_MS (the rest stays in the journal), stop the embedded
 * Postgres if we started it, log one line with the counts, and exit 0 — or 1 when Postgres does
 * not have every row (some wait in the journal, or were dropped).
 */
function onSignals(service: RunningService): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    // Repeats are expected (a terminal's Ctrl-C reaches npm, tsx and us; tsx relays it again):
    // the drain deadline bounds the wait instead.
    if (stopping) return;
    stopping = true;
    service.app.log.info(`${signal}: stopping (draining the prediction log)`);
    service.shutdown().then(
      (result) => {
        const complete = !result || (result.drained && result.dropped === 0);
        if (result) {
          const line = closeLine(result);
          if (complete) service.app.log.info(line);
          else service.app.log.warn(line);
        }
        process.exit(complete ? 0 : 1);
      },
      (error: unknown) => {
        service.app.log.error(`shutdown failed: ${errorMessage(error)}`);
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

async function main(): Promise<void> {
  const config = parseServiceConfig(process.env);
  const service = await startService(config);
  onSignals(service);
}

main().catch(fail);
