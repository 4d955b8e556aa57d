import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { evaluateGate } from "../../actions/lib/gate/evaluate.js";
import { loadGateInput } from "../../actions/lib/gate/load.js";
import { renderReport } from "../../actions/lib/gate/report.js";
import { parseRules } from "../../actions/lib/gate/rules.js";
import { memoryLogger } from "../../actions/lib/logger.js";
import {
  metricHistory,
  servingBaseline,
} from "../../actions/lib/db/baselines.js";
import { usePool } from "../helpers/postgres.js";

interface Row {
  app?: string;
  version: string;
  status: string;
  weight?: number;
  metrics?: object | null;
  created: string;
}

async function insert(pool: pg.Pool, rows: Row[]): Promise<void> {
  for (const r of rows) {
    await pool.query(
      `INSERT INTO deployments (app, version, status, traffic_weight, metrics, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $6)`,
      [
        r.app ?? "iris",
        r.version,
        r.status,
        r.weight ?? 0,
        r.metrics === undefined || r.metrics === null
          ? null
          : JSON.stringify(r.metrics),
        r.created,
      ],
    );
  }
}

describe("registry lookups on a real Postgres", () => {
  // The tests only read these rows.
  const pool = usePool();
  beforeAll(async () => {
    await insert(pool(), [
      {
        version: "v1",
        status: "reverted",
        metrics: { accuracy: 0.8 },
        created: "2026-01-01",
      },
      {
        version: "v2",
        status: "serving",
        weight: 10,
        metrics: { accuracy: 0.9, per_class: { a: { f1: 0.7 } } },
        created: "2026-01-02",
      },
      {
        version: "v3",
        status: "serving",
        weight: 90,
        metrics: { accuracy: 0.95, "per_class.a.f1": 0.9 },
        created: "2026-01-03",
      },
      {
        version: "v4",
        status: "failed",
        metrics: { accuracy: 0.1 },
        created: "2026-01-04",
      },
      {
        version: "v5",
        status: "deploying",
        metrics: { accuracy: 0.99 },
        created: "2026-01-05",
      },
      {
        version: "v6",
        status: "serving",
        weight: 0,
        metrics: null,
        created: "2026-01-06",
      },
      {
        app: "other",
        version: "v9",
        status: "serving",
        weight: 100,
        metrics: { accuracy: 0.5 },
        created: "2026-01-07",
      },
    ]);
  });

  it("takes the serving version with the most traffic as the baseline, flattening nested metrics", async () => {
    const baseline = await servingBaseline(pool(), "iris");
    expect(baseline?.version).toBe("v3");
    expect(baseline?.trafficWeight).toBe(90);
    expect([...(baseline?.metrics ?? [])]).toEqual([
      ["accuracy", 0.95],
      ["per_class.a.f1", 0.9],
    ]);
    expect(await servingBaseline(pool(), "nobody")).toBeUndefined();
  });

  it("lists the history of deployments that served, oldest first, newest `limit`", async () => {
    const history = await metricHistory(pool(), "iris");
    expect(history.map((h) => [h.version, h.metrics.get("accuracy")])).toEqual([
      ["v1", 0.8],
      ["v2", 0.9],
      ["v3", 0.95],
    ]);
    expect(history[1]?.metrics.get("per_class.a.f1")).toBe(0.7);
    expect(history[0]?.deployedAt).toBeInstanceOf(Date);
    expect(
      (await metricHistory(pool(), "iris", 2)).map((h) => h.version),
    ).toEqual(["v2", "v3"]);
  });

  it("gates a candidate against the registry and charts past deployments", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "gate-registry-"));
    const file = path.join(dir, "metrics.json");
    writeFileSync(file, JSON.stringify({ accuracy: 0.93 }));
    const rules = parseRules("accuracy delta >= -0.01");
    const input = await loadGateInput(
      {
        metricsFile: file,
        history: [],
        baselineFrom: "registry",
        databaseUrl: pool.url(),
        app: "iris",
      },
      rules,
      memoryLogger(),
    );
    expect(input.baseline?.label).toBe("v3 (serving, 90% of traffic)");
    const result = evaluateGate(input);
    expect(result.passed).toBe(false);
    expect(result.failed[0]?.detail).toBe(
      "accuracy delta −0.02 (0.93 − 0.95) is not >= -0.01",
    );
    const report = renderReport(result, { app: "iris" });
    expect(report).toContain('x-axis ["v1", "v2", "v3", "PR"]');
    expect(report).toContain("line [0.8, 0.9, 0.95, 0.93]");
  });

  describe("an empty registry", () => {
    // Never migrated: the gate's own migration makes the table.
    const empty = usePool({ migrate: false });

    it("says why there is no baseline when the top version has no metrics or nothing serves", async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), "gate-registry-"));
      const file = path.join(dir, "metrics.json");
      writeFileSync(file, JSON.stringify({ accuracy: 0.93 }));
      const load = () =>
        loadGateInput(
          {
            metricsFile: file,
            history: [],
            baselineFrom: "registry",
            databaseUrl: empty.url(),
            app: "iris",
          },
          [],
          memoryLogger(),
        );
      // The table now exists, but nothing serves.
      const input = await load();
      expect(input.baseline).toBeUndefined();
      expect(input.noBaselineReason).toBe(
        'no version of app "iris" is serving in the deployments table',
      );
      await insert(empty(), [
        {
          version: "v7",
          status: "serving",
          weight: 100,
          created: "2026-02-01",
        },
      ]);
      expect((await load()).noBaselineReason).toBe(
        "serving version v7 has no recorded metrics",
      );
    });
  });

  it("names the call and resource when the database is unreachable", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "gate-registry-"));
    const file = path.join(dir, "metrics.json");
    writeFileSync(file, JSON.stringify({ accuracy: 0.93 }));
    await expect(
      loadGateInput(
        {
          metricsFile: file,
          history: [],
          baselineFrom: "registry",
          databaseUrl: "postgres://x:y@127.0.0.1:1/db",
          app: "iris",
        },
        [],
        memoryLogger(),
      ),
    ).rejects.toThrow(
      /^read deployments on the database of app "iris" failed: /,
    );
  });
});
