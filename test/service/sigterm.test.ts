import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { useTestDatabase } from "../helpers/postgres.js";
import { startServiceProcess } from "../helpers/service-process.js";
import { parseVersion } from "../../actions/lib/version.js";
import { loggedItems, sampleInput, send, trainedModelPath } from "./fixture.js";

const databaseUrl = useTestDatabase();

it("on SIGTERM stops accepting, drains the queued rows and exits 0", async () => {
  const journalDir = mkdtempSync(path.join(os.tmpdir(), "sigterm-journal-"));
  try {
    const service = await startServiceProcess({
      DATABASE_URL: databaseUrl(),
      MODEL_VERSION: "drain-1",
      MODEL_PATH: trainedModelPath(),
      // Rows wait up to 5 s before a flush: at SIGTERM they are still queued.
      LOG_FLUSH_MS: "5000",
      LOG_BATCH_SIZE: "10000",
      LOG_JOURNAL_DIR: journalDir,
    });
    const served = new Set<string>();
    let stop = false;
    const client = async (c: number) => {
      for (let i = 0; !stop; i++) {
        const res = await send(service.url, {
          url: "/predict",
          payload: { input: sampleInput(i + c) },
        }).catch(
          () => undefined, // refused once the server has closed its socket
        );
        if (res?.statusCode === 200) served.add(res.json().request_id);
        else if (res) expect(res.statusCode).toBe(503); // fastify's answer while closing
        if (!res) return;
      }
    };
    const load = Promise.all(Array.from({ length: 6 }, (_, c) => client(c)));
    await new Promise((r) => setTimeout(r, 1000));
    const queued = (await send(service.url, { url: "/ready" })).json()
      .log_queue_depth;
    expect(queued).toBeGreaterThan(0);
    const code = await service.stop(); // SIGTERM while the load is still running
    stop = true;
    await load;
    expect(code).toBe(0);
    expect(service.output()).toMatch(/SIGTERM: stopping/);
    expect(service.output()).toMatch(
      /prediction log closed: \d+ row\(s\) written to Postgres .* 0 dropped; Postgres has every row/,
    );
    const logged = await loggedItems(databaseUrl(), parseVersion("drain-1"));
    expect(logged).toHaveLength(served.size);
    expect(new Set(logged.map((r) => r.request_id))).toEqual(served);
    expect(
      readdirSync(journalDir).filter((f) => f.endsWith(".journal")),
    ).toEqual([]);
  } finally {
    rmSync(journalDir, { recursive: true, force: true });
  }
});
