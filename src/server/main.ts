import { buildIfStale } from './build-if-stale';
import { ConfigError, readConfig } from './config';
import { startServer } from './start';

/** `npm start`: the store server with the built app, the embedded database (or DATABASE_URL) and the demo store. */
async function main() {
  const config = readConfig();
  if (config.buildIfStale) buildIfStale(config.distDir, (message) => console.error(message));
  const server = await startServer(config);
  if (server.firstOwner) {
    // Printed once, to the terminal only (not in the JSON log): it works for one sign-in, then must be replaced.
    const { storeId, username, password } = server.firstOwner;
    console.error(
      [
        '',
        `  First start: created the demo store "${storeId}".`,
        `  Sign in at ${server.url}/merchant as "${username}" with the one-time password  ${password}`,
        '  It works once; the studio then asks for a new password. Manage staff with `npm run store -- help`.',
        '',
      ].join('\n'),
    );
  }
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.error(`${signal}: closing connections and the database…`);
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `Configuration: ${error.message}` : error);
  process.exit(1);
});
