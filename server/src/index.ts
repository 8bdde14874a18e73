import { ConfigError, loadConfig } from './config.js';
import { startServer } from './server.js';

/** Graceful shutdown must finish within this; past it we exit anyway (the log has every update). */
const SHUTDOWN_DEADLINE_MS = 5_000;

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const server = await startServer(config);
  process.stdout.write(
    `Werkplaats is running on ${server.url} (data in ${config.dataDir}).\n` +
      'Open it in a browser, create a board and share its address.\n',
  );

  const shutdown = (signal: string) => {
    process.stdout.write(`${signal}: saving boards and closing connections…\n`);
    setTimeout(() => process.exit(1), SHUTDOWN_DEADLINE_MS).unref();
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`shutdown failed: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

void main();
