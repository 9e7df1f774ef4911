import { homedir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';

/** Server configuration: read once from the environment (and CLI flags), then frozen. */
export interface Config {
  readonly dataDir: string;
  /** PostgreSQL connection string; null = the embedded SQLite file in dataDir. */
  readonly databaseUrl: string | null;
  readonly host: string;
  readonly port: number;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'silent';
  /** The built web app, served at / when the folder exists. */
  readonly webDist: string | null;
  readonly uploadFileBytes: number;
  readonly uploadFiles: number;
  readonly demo: boolean;
}

const EnvSchema = z.object({
  UPRIGHT_DATA: z.string().min(1).optional(),
  XDG_DATA_HOME: z.string().min(1).optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  UPRIGHT_HOST: z.string().min(1).optional(),
  UPRIGHT_PORT: z.coerce.number().int().min(0).max(65_535).optional(),
  UPRIGHT_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']).optional(),
  UPRIGHT_WEB_DIST: z.string().min(1).optional(),
  UPRIGHT_UPLOAD_MAX_BYTES: z.coerce.number().int().min(1024).optional(),
});

/** Flags given on the command line win over the environment. */
export interface ConfigOverrides {
  readonly dataDir?: string | undefined;
  readonly host?: string | undefined;
  readonly port?: number | undefined;
  readonly demo?: boolean | undefined;
  readonly webDist?: string | null | undefined;
  readonly logLevel?: Config['logLevel'] | undefined;
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; message: string };

/** The per-user data folder: $XDG_DATA_HOME/upright, else ~/.local/share/upright. */
export function defaultDataDir(env: { XDG_DATA_HOME?: string | undefined }, home = homedir()): string {
  return join(env.XDG_DATA_HOME ?? join(home, '.local', 'share'), 'upright');
}

export function loadConfig(
  env: Readonly<Record<string, string | undefined>>,
  overrides: ConfigOverrides = {},
): ConfigResult {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: `${String(issue?.path[0] ?? 'env')}: ${issue?.message ?? 'invalid'}` };
  }
  const e = parsed.data;
  const config: Config = {
    dataDir: overrides.dataDir ?? e.UPRIGHT_DATA ?? defaultDataDir(e),
    databaseUrl: e.DATABASE_URL ?? null,
    host: overrides.host ?? e.UPRIGHT_HOST ?? '127.0.0.1',
    port: overrides.port ?? e.UPRIGHT_PORT ?? 4173,
    logLevel: overrides.logLevel ?? e.UPRIGHT_LOG_LEVEL ?? 'info',
    webDist: overrides.webDist !== undefined ? overrides.webDist : (e.UPRIGHT_WEB_DIST ?? null),
    uploadFileBytes: e.UPRIGHT_UPLOAD_MAX_BYTES ?? 200 * 1024 * 1024,
    uploadFiles: 500,
    demo: overrides.demo ?? false,
  };
  return { ok: true, config: Object.freeze(config) };
}
