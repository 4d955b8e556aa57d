/**
 * The app's live versions as the deployments table records them: where each answers, its traffic
 * weight and its role. The router splits traffic by them, and gateways find the shadows to mirror
 * to and the versions whose logs feedback may name. The table is read every `watchMs`.
 */
import type { DeploymentRole } from "../db/deployments.js";
import type { Queryable } from "../db/pool.js";
import { errorMessage } from "../errors.js";
import type { Logger } from "../logger.js";
import { DEFAULT_ENVIRONMENT } from "../version.js";

/** One live version of the app. */
export interface AppVersion {
  version: string;
  /** Where it answers (its gateway); null when none was recorded. */
  url: string | null;
  weight: number;
  role: DeploymentRole;
}

/** The app's versions that are deploying or serving in one environment, oldest first. */
export async function liveVersions(
  db: Queryable,
  app: string,
  environment: string = DEFAULT_ENVIRONMENT,
): Promise<AppVersion[]> {
  const { rows } = await db.query<AppVersion>(
    `SELECT version, url, traffic_weight AS weight, role FROM deployments
      WHERE app = $1 AND environment = $2 AND status IN ('deploying', 'serving')
      ORDER BY created_at, version`,
    [app, environment],
  );
  return rows;
}

/** Keeps the latest read of the app's versions; tells `onChange` when it differs. */
export class VersionsWatch {
  private current: AppVersion[] = [];
  private timer: NodeJS.Timeout | undefined;
  private failing = false;
  private signature = "";
  /** Called with each read that differs from the one before (set before start()). */
  onChange?: (versions: AppVersion[]) => void;

  constructor(
    private readonly options: {
      db: Queryable;
      app: string;
      /** Whose rows (default production). */
      environment?: string;
      watchMs: number;
      logger: Logger;
    },
  ) {}

  /** The latest read (empty before the first). */
  get versions(): AppVersion[] {
    return this.current;
  }

  /** Reads once now, then every `watchMs`. A failed read keeps the last good one. */
  async start(): Promise<void> {
    await this.refresh();
    this.schedule();
  }

  private schedule(): void {
    this.timer = setTimeout(() => {
      void this.refresh().finally(() => {
        if (this.timer) this.schedule();
      });
    }, this.options.watchMs);
    this.timer.unref();
  }

  /** Reads the table now. */
  async refresh(): Promise<void> {
    const { logger } = this.options;
    try {
      const versions = await liveVersions(
        this.options.db,
        this.options.app,
        this.options.environment,
      );
      if (this.failing) logger.info("deployments table readable again");
      this.failing = false;
      const signature = JSON.stringify(versions);
      if (signature === this.signature) return;
      this.signature = signature;
      this.current = versions;
      this.onChange?.(versions);
    } catch (error) {
      if (!this.failing)
        logger.warning(
          `cannot read the deployments table (keeping the last read): ${errorMessage(error)}`,
        );
      this.failing = true;
    }
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
