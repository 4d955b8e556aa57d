// Starts one embedded Postgres for the whole jest run, unless DATABASE_URL names a server.
// Plain JS loading the TypeScript helper through tsx: jest runs global setup outside its transform.
import { tsImport } from 'tsx/esm/api';

export default async function globalSetup() {
  if (process.env.DATABASE_URL) {
    process.env.MODELSHIP_TEST_DATABASE_URL = process.env.DATABASE_URL;
    return;
  }
  const { startPostgres } = await tsImport('../../actions/lib/postgres/server.ts', import.meta.url);
  const server = await startPostgres();
  process.env.MODELSHIP_TEST_DATABASE_URL = server.url;
  globalThis.__MODELSHIP_PG__ = server;
}
