import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { z } from 'zod';
import { DEFAULT_MAX_FRAME_BYTES } from '@werkplaats/shared';

const integer = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const envSchema = z.object({
  PORT: integer(0, 65_535).default(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  CLIENT_DIR: z.string().min(1).optional(),
  MAX_FRAME_BYTES: integer(1024, 64 * 1024 * 1024).default(DEFAULT_MAX_FRAME_BYTES),
  UNLOAD_GRACE_MS: integer(0, 24 * 60 * 60 * 1000).default(10_000),
  COMPACT_AFTER_UPDATES: integer(1, 1_000_000).default(500),
  // `normal` survives a killed process; `full` also survives an OS crash or power loss (see SqliteOptions).
  SQLITE_SYNCHRONOUS: z.enum(['normal', 'full']).default('normal'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  // Long enough not to be guessed; without it /metrics does not exist.
  METRICS_TOKEN: z.string().min(16).optional(),
});

export type LogLevel = z.infer<typeof envSchema>['LOG_LEVEL'];

/** Everything the server needs to start, validated. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  clientDir: string;
  maxFrameBytes: number;
  unloadGraceMs: number;
  compactAfterUpdates: number;
  sqliteSynchronous: 'normal' | 'full';
  logLevel: LogLevel;
  /** Bearer token for `GET /metrics`; undefined serves no metrics. */
  metricsToken: string | undefined;
}

/** The built client, next to this package in the workspace. */
const DEFAULT_CLIENT_DIR = fileURLToPath(new URL('../../client/dist', import.meta.url));

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads the configuration from environment variables. Empty strings count as unset. Throws a
 * `ConfigError` naming every bad variable, so a typo stops the server with a clear message instead of
 * running with a surprising default.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map(
        (issue) =>
          `${issue.path.join('.')}=${JSON.stringify(present[String(issue.path[0])])}: ${issue.message}`,
      ),
    );
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    clientDir: resolve(e.CLIENT_DIR ?? DEFAULT_CLIENT_DIR),
    maxFrameBytes: e.MAX_FRAME_BYTES,
    unloadGraceMs: e.UNLOAD_GRACE_MS,
    compactAfterUpdates: e.COMPACT_AFTER_UPDATES,
    sqliteSynchronous: e.SQLITE_SYNCHRONOUS,
    logLevel: e.LOG_LEVEL,
    metricsToken: e.METRICS_TOKEN,
  };
}
