/**
 * Measures the example model: training wall time (in process, no tsx start-up) and predict
 * throughput per row, one row per call (as the service does per request) and in batches of 100.
 * Usage: `npx tsx bench/model.ts [seconds per case, default 2]`.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  defaultConfigPath,
  loadModelConfig,
} from "../example-app/src/model/config.js";
import {
  defaultDataPath,
  loadDataset,
} from "../example-app/src/model/dataset.js";
import { loadModel } from "../example-app/src/model/model.js";
import { runTraining } from "../example-app/src/model/pipeline.js";

const seconds = Number(process.argv[2] ?? "2");
const config = loadModelConfig(defaultConfigPath());

const trainTimes: number[] = [];
let artifactText = "";
for (let i = 0; i < 5; i++) {
  const started = performance.now();
  artifactText = runTraining({
    config,
    dataFile: defaultDataPath(),
  }).artifactText;
  trainTimes.push(performance.now() - started);
}
trainTimes.sort((a, b) => a - b);
console.log(
  `train+evaluate: median ${trainTimes[2]!.toFixed(0)} ms over 5 runs (min ${trainTimes[0]!.toFixed(0)} ms)`,
);

const file = join(mkdtempSync(join(tmpdir(), "bench-model-")), "model.json");
writeFileSync(file, artifactText);
let started = performance.now();
const model = loadModel(file);
console.log(
  `loadModel: ${(performance.now() - started).toFixed(1)} ms (${artifactText.length} bytes)`,
);

const rows = loadDataset(defaultDataPath()).x;
for (const batch of [1, 100]) {
  const batches = Array.from({ length: 150 }, (_, i) =>
    Array.from({ length: batch }, (_, k) => rows[(i + k) % rows.length]!),
  );
  for (let i = 0; i < 1000; i++) model.predict(batches[i % 150]!); // warm up the JIT
  let predicted = 0;
  started = performance.now();
  while (performance.now() - started < seconds * 1000) {
    for (let i = 0; i < 150; i++)
      predicted += model.predict(batches[i]!).length;
  }
  const elapsed = (performance.now() - started) / 1000;
  console.log(
    `predict, ${batch} row(s) per call: ${Math.round(predicted / elapsed)} rows/s, ${((elapsed / (predicted / batch)) * 1e6).toFixed(1)} us per call`,
  );
}
