import { ConfigError, loadConfig, type Config } from './config.js';
import { startServer, type RunningServer } from './server.js';

/** Graceful shutdown must finish within this; past it we exit anyway (the log has every update). */
const SHUTDOWN_DEADLINE_MS = 5_000;

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
  let server: RunningServer;
  try {
    server = await startServer(config);
  } catch (error) {
    fail(`Werkplaats could not start: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.stdout.write(`Werkplaats is running on ${server.url} (data in ${config.dataDir}).\n`);
  const { setupUrl } = server;
  process.stdout.write(
    setupUrl
      ? `No facilitator account yet. Create the first one, once, at:\n  ${setupUrl}\n`
      : 'Open it in a browser and log in.\n',
  );

  const shutdown = (signal: string) => {
    process.stdout.write(`${signal}: saving boards and closing connections…\n`);
    setTimeout(
      () => fail(`shutdown took longer than ${SHUTDOWN_DEADLINE_MS} ms`),
      SHUTDOWN_DEADLINE_MS,
    ).unref();
    server.close().then(
      () => process.exit(0),
      (error: unknown) => fail(`shutdown failed: ${String(error)}`),
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

void main();
