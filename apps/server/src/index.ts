export { buildApp } from './app';
export { loadConfig, defaultDataDir, type Config, type ConfigOverrides } from './config';
export { openStore, SQLITE_FILE_NAME, type Store, type Db } from './db/store';
export { defaultDeps, DEFAULT_WEB_DIST } from './default-deps';
export type { AppDeps, ReadUploads, UploadedFile } from './deps';
export { startServer, type RunningServer } from './main';
export { seedDemo, type SeedOutcome } from './demo/seed-demo';
export { activityToFit } from './demo/activity-fit';
export {
  importMany,
  importOne,
  summarise,
  type ActivityDeps,
  type SourceError,
} from './features/activities/activities.service';
export { listActivities, countActivities } from './features/activities/activities.repository';
export { activitySummary } from './features/activities/activities.view';
