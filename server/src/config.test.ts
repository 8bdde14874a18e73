import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('has working defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      maxFrameBytes: 1024 * 1024,
      sqliteSynchronous: 'normal',
    });
    expect(config.dataDir.endsWith('/data')).toBe(true);
    expect(config.clientDir).toBe(fileURLToPath(new URL('../../client/dist', import.meta.url)));
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '' }).port).toBe(8080);
  });

  it('names every bad variable in one clear error', () => {
    try {
      loadConfig({ PORT: 'eighty', MAX_FRAME_BYTES: '-1', SQLITE_SYNCHRONOUS: 'sometimes' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as Error).message;
      expect(message).toContain('PORT="eighty"');
      expect(message).toContain('MAX_FRAME_BYTES="-1"');
      expect(message).toContain('SQLITE_SYNCHRONOUS="sometimes"');
    }
  });
});
