/**
 * Where a deploy request acts: every AWS name of its environment (`<app>` in the default one,
 * `<app>--<env>` in another) and the registry rows of that environment. The environment is the
 * one its VersionNames were parsed in, so it is decided once, by the inputs.
 */
import type { AppEnvironment } from "../db/deployment-types.js";
import {
  environmentApp,
  parseVersion,
  sharedStackName,
  type VersionNames,
} from "../version.js";
import type { DeployRequest } from "./inputs.js";

/** The part of a request that says where it acts. */
export type RequestPlace = Pick<DeployRequest, "app" | "names">;

/** The app as AWS names it in the request's environment: the templates' AppName. */
export function awsAppName(req: RequestPlace): string {
  return environmentApp(req.app, req.names.environment);
}

/** The request's shared stack (`<app>-shared`, or `<app>--<env>-shared`). */
export function sharedStackOf(req: RequestPlace): string {
  return sharedStackName(req.app, req.names.environment);
}

/** The registry rows the request reads and writes. */
export function registryScopeOf(req: RequestPlace): AppEnvironment {
  return { app: req.app, environment: req.names.environment };
}

/** Another version's names in the request's environment (a split names several versions). */
export function namesInPlace(req: RequestPlace, version: string): VersionNames {
  return parseVersion(version, req.names.environment);
}
