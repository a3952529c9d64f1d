import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig } from '../../src/server/config';
import { silentLogger } from '../../src/server/http/request-log';
import { addStaff } from '../../src/server/seed';
import { startServer, type RunningServer } from '../../src/server/start';

export interface E2eStore {
  server: RunningServer;
  /** Stops the server and removes its data folder. */
  close: () => Promise<void>;
}

/**
 * The real store server (embedded PGlite in a fresh temp folder named after `name`, plain HTTP on a free
 * loopback port) over the production build (`SHELFSIGHT_DIST`, else `dist`), started in this process as
 * `npm start` starts it. `cashier`: a cashier account `till` / `till-password-1` on the demo store.
 */
export async function startE2eStore(name: string, { cashier = false } = {}): Promise<E2eStore> {
  const dataDir = mkdtempSync(join(tmpdir(), `shelfsight-e2e-${name}-`));
  const config = readConfig({
    SHELFSIGHT_DATA: dataDir,
    SHELFSIGHT_HTTP: '1',
    HOST: '127.0.0.1',
    PORT: '0',
    SHELFSIGHT_DIST: process.env.SHELFSIGHT_DIST ?? 'dist',
    SHELFSIGHT_NO_BUILD: '1',
  });
  const server = await startServer(config, { log: silentLogger });
  if (cashier) {
    await addStaff(server.database, {
      storeId: config.defaultStoreId,
      username: 'till',
      role: 'cashier',
      password: 'till-password-1',
    });
  }
  return {
    server,
    close: async () => {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
