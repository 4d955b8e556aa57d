/**
 * The gateways of the local target, as on ECS: each version's model server gets its own gateway
 * process in front (it logs the predictions, so any model server gets its log), and one router on
 * a stable port splits traffic across the versions by the deployments table's weights, the way
 * the load balancer does, and mirrors to shadows.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Logger } from "../logger.js";
import { freePort } from "../net.js";
import type { ServicePaths } from "../smoke/options.js";
import {
  isAlive,
  logTail,
  startDetached,
  stopProcess,
  waitReady,
} from "./processes.js";

/** How to run `modelship gateway`: this CLI's argv (node, its flags, its entry script). */
export type GatewayCommand = readonly string[];

/** What the local gateways share. */
export interface LocalGatewayOptions {
  stateDir: string;
  app: string;
  /** The app's environment (default production): its rows, log tables and this directory's. */
  environment?: string;
  databaseUrl: string;
  /** The model's paths (modelship.yml `service`). */
  paths: ServicePaths;
  command: GatewayCommand;
  /** Where modelship.yml is read from (its `gateway` keys). */
  cwd?: string;
  logger: Logger;
}

/** A running gateway process. */
export interface LocalGatewayProcess {
  pid: number;
  port: number;
  url: string;
  logFile: string;
}

const ROUTER_FILE = "router.json";

function pathFlags(paths: ServicePaths): string[] {
  return [
    "--predict-path",
    paths.predict,
    "--ready-path",
    paths.ready,
    "--health-path",
    paths.health,
  ];
}

async function startGatewayProcess(
  options: LocalGatewayOptions,
  run: { name: string; port: number; flags: string[]; readyPath: string },
): Promise<LocalGatewayProcess> {
  const logFile = path.join(options.stateDir, "logs", `${run.name}.log`);
  const url = `http://127.0.0.1:${run.port}`;
  const started = startDetached({
    argv: [
      ...options.command,
      "gateway",
      ...["--port", String(run.port), "--host", "127.0.0.1"],
      ...["--app", options.app, ...pathFlags(options.paths), ...run.flags],
      ...(options.environment ? ["--environment", options.environment] : []),
    ],
    logFile,
    cwd: options.cwd,
    // The URL holds a password: in the environment, never in argv (which `ps` shows).
    env: { ...process.env, DATABASE_URL: options.databaseUrl },
  });
  try {
    await waitReady(`${url}${run.readyPath}`, () => !started.exited(), 60_000);
  } catch (error) {
    await stopProcess(started.pid, 5000);
    throw new Error(
      `${run.name}: ${error instanceof Error ? error.message : String(error)}\nlast lines of ${logFile}:\n${logTail(logFile)}`,
      { cause: error },
    );
  }
  return { pid: started.pid, port: run.port, url, logFile };
}

/**
 * Starts a version's gateway in front of its model server and waits until the model's ready path
 * answers 200 through it. It logs the predictions; the router, not it, mirrors to shadows.
 */
export async function startVersionGateway(
  options: LocalGatewayOptions & { version: string; modelUrl: string },
): Promise<LocalGatewayProcess> {
  const journal = path.join(
    options.stateDir,
    "journal",
    `gateway-${options.version}`,
  );
  return startGatewayProcess(options, {
    name: `${options.version}.gateway`,
    port: await freePort(),
    readyPath: options.paths.ready,
    flags: [
      ...["--upstream", options.modelUrl, "--version", options.version],
      ...["--journal-dir", journal, "--shadows", "off"],
    ],
  });
}

/** The router as recorded in the state directory, and whether it runs. */
export function localRouter(
  stateDir: string,
): (LocalGatewayProcess & { running: boolean }) | undefined {
  const file = path.join(stateDir, ROUTER_FILE);
  if (!existsSync(file)) return undefined;
  const router = JSON.parse(readFileSync(file, "utf8")) as LocalGatewayProcess;
  return { ...router, running: isAlive(router.pid) };
}

/**
 * Makes sure the app's router runs: on the port it had before (one stable local URL), or on a
 * free one the first time (or when another process took the old one). Returns it.
 */
export async function ensureLocalRouter(
  options: LocalGatewayOptions,
): Promise<LocalGatewayProcess> {
  const known = localRouter(options.stateDir);
  if (known?.running) {
    const { pid, port, url, logFile } = known;
    return { pid, port, url, logFile };
  }
  const start = (port: number) =>
    startGatewayProcess(options, {
      name: "router",
      port,
      readyPath: "/_modelship/health",
      // The local URL also shows the dashboard: it listens on 127.0.0.1 only.
      flags: [
        ...["--router", "--shadows", "auto", "--watch-ms", "500"],
        ...["--dashboard", "true"],
      ],
    });
  let router: LocalGatewayProcess;
  try {
    router = await start(known?.port ?? (await freePort()));
  } catch (error) {
    if (!known) throw error;
    options.logger.warning(
      `the router's port ${known.port} is taken: moving the local URL to another port`,
    );
    router = await start(await freePort());
  }
  writeFileSync(
    path.join(options.stateDir, ROUTER_FILE),
    `${JSON.stringify(router, null, 2)}\n`,
  );
  options.logger.info(`one URL for every version: ${router.url}`);
  return router;
}

/** Stops the router (its port stays recorded for the next start). */
export async function stopLocalRouter(
  stateDir: string,
  logger: Logger,
): Promise<boolean> {
  const router = localRouter(stateDir);
  if (!router?.running) return false;
  await stopProcess(router.pid, 10_000);
  logger.info(`stopped the router on ${router.url}`);
  return true;
}
