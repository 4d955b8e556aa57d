export default async function globalTeardown() {
  await globalThis.__MODELSHIP_PG__?.destroy();
}
