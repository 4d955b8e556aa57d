import { startPostgres, type PostgresServer } from "../helpers/postgres.js";
import { loggedItems, sampleInput, serviceFixture } from "./fixture.js";

// Its own Postgres, since this test stops and restarts the server.
let server: PostgresServer;
beforeAll(async () => {
  server = await startPostgres();
});
afterAll(async () => {
  await server?.destroy();
});

it("keeps serving while the database is down and writes every row once it is back", async () => {
  const fx = await serviceFixture({
    databaseUrl: server.url,
    version: "restart-1",
    writer: {
      batchSize: 200,
      flushIntervalMs: 20,
      retryInitialMs: 50,
      retryMaxMs: 400,
    },
  });
  const served = new Map<string, number>(); // request id -> items
  let failures = 0;
  let stop = false;
  const client = async (c: number) => {
    for (let i = 0; !stop; i++) {
      const batch = (i + c) % 4 === 0;
      const body = batch
        ? { inputs: [sampleInput(i), sampleInput(i + c)] }
        : { input: sampleInput(i) };
      const res = await fx.request({ url: "/predict", payload: body });
      if (res.statusCode === 200)
        served.set(res.json().request_id, batch ? 2 : 1);
      else failures++;
    }
  };
  const load = Promise.all(Array.from({ length: 8 }, (_, c) => client(c)));
  const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

  await pause(700);
  await server.stop();
  const servedWhenStopped = served.size;
  // Still serving while the database is down: 50 more answers, however loaded the machine.
  for (
    const deadline = Date.now() + 20_000;
    served.size <= servedWhenStopped + 50 && Date.now() < deadline;
  )
    await pause(100);
  const ready = (await fx.request({ url: "/ready" })).json();
  expect(ready).toMatchObject({ ready: true, db: "down" });
  expect(fx.writer!.dbUp).toBe(false);
  expect(fx.writer!.backlog).toBeGreaterThan(0); // rows waiting, not lost
  expect(served.size).toBeGreaterThan(servedWhenStopped + 50); // still serving
  await server.start();
  await pause(700);
  stop = true;
  await load;

  expect(failures).toBe(0);
  const drained = await fx.close();
  expect(drained).toMatchObject({
    drained: true,
    dropped: 0,
    leftInJournal: 0,
  });
  const logged = await loggedItems(server.url, fx.names);
  const expectedItems = [...served.values()].reduce((a, b) => a + b, 0);
  expect(logged).toHaveLength(expectedItems);
  expect(new Set(logged.map((r) => r.request_id))).toEqual(
    new Set(served.keys()),
  );
  expect(logged.every((r) => r.label !== null && r.features !== null)).toBe(
    true,
  );
  expect(fx.writer!.dropped).toBe(0);
  const metrics = await fx.metrics.registry.getSingleMetricAsString(
    "modelship_log_write_failures_total",
  );
  expect(Number(/ (\d+)$/m.exec(metrics)?.[1])).toBeGreaterThan(0);
  expect(fx.logger.text()).toMatch(
    /database reachable again after \d+ failed attempt/,
  );
});
