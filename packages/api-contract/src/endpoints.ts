import type { z } from 'zod';
import {
  ActivityDetailQuerySchema,
  ActivityDetailSchema,
  ActivityListQuerySchema,
  ActivityListResponseSchema,
  UploadOutcomeSchema,
  UploadResponseSchema,
} from './activities';
import { IdParamsSchema } from './common';
import { DeleteAllResponseSchema, DeleteAllSchema } from './data';
import {
  CheckInCreateSchema,
  CheckInListQuerySchema,
  CheckInListSchema,
  CheckInResponseSchema,
  PlanRecordSchema,
  PlanRegenerateSchema,
  PlanResponseSchema,
} from './plan';
import { PredictionQuerySchema, PredictionResponseSchema } from './prediction';
import { RecordedRunSchema } from './recorded';
import { PhysioReportSchema } from './report';
import { ScreeningHistorySchema, ScreeningRecordSchema, ScreeningSubmitSchema } from './screening';
import {
  ProfileResponseSchema,
  ProfileUpdateSchema,
  SettingsPatchSchema,
  SettingsSchema,
  StatusResponseSchema,
} from './settings';
import { TrendsQuerySchema, TrendsResponseSchema } from './trends';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** One endpoint: where it is, what it takes and what it answers. Paths use ":param" segments. */
export interface EndpointSpec {
  readonly method: HttpMethod;
  readonly path: string;
  readonly summary: string;
  readonly params?: z.ZodType;
  readonly query?: z.ZodType;
  /** A zod schema for JSON, or "multipart" for file uploads. */
  readonly body?: z.ZodType | 'multipart';
  /** A zod schema for JSON, "zip"/"binary" for downloads, "empty" for 204. */
  readonly response: z.ZodType | 'zip' | 'binary' | 'empty';
  /** Success status; 200 unless stated. */
  readonly status?: 200 | 201 | 204;
}

/** Every endpoint of the API. The server registers exactly these; the OpenAPI document lists them. */
export const ENDPOINTS = {
  status: {
    method: 'GET',
    path: '/api/status',
    summary: 'Server and store status',
    response: StatusResponseSchema,
  },
  getProfile: {
    method: 'GET',
    path: '/api/profile',
    summary: 'Profile, settings, demo flag',
    response: ProfileResponseSchema,
  },
  putProfile: {
    method: 'PUT',
    path: '/api/profile',
    summary: 'Create or update the profile',
    body: ProfileUpdateSchema,
    response: ProfileResponseSchema,
  },
  putSettings: {
    method: 'PUT',
    path: '/api/settings',
    summary: 'Change some settings',
    body: SettingsPatchSchema,
    response: SettingsSchema,
  },
  submitScreening: {
    method: 'POST',
    path: '/api/screening',
    summary: 'Submit a screening',
    body: ScreeningSubmitSchema,
    response: ScreeningRecordSchema,
    status: 201,
  },
  screeningHistory: {
    method: 'GET',
    path: '/api/screening',
    summary: 'Screenings, newest first',
    response: ScreeningHistorySchema,
  },
  getPlan: {
    method: 'GET',
    path: '/api/plan',
    summary: 'The current plan version',
    response: PlanResponseSchema,
  },
  regeneratePlan: {
    method: 'POST',
    path: '/api/plan/regenerate',
    summary: 'Build a new plan version',
    body: PlanRegenerateSchema,
    response: PlanRecordSchema,
    status: 201,
  },
  createCheckIn: {
    method: 'POST',
    path: '/api/plan/check-ins',
    summary: 'Record a session or run check-in',
    body: CheckInCreateSchema,
    response: CheckInResponseSchema,
    status: 201,
  },
  listCheckIns: {
    method: 'GET',
    path: '/api/plan/check-ins',
    summary: 'Check-ins, newest first',
    query: CheckInListQuerySchema,
    response: CheckInListSchema,
  },
  uploadActivities: {
    method: 'POST',
    path: '/api/activities',
    summary: 'Upload FIT/TCX/GPX/zip files',
    body: 'multipart',
    response: UploadResponseSchema,
  },
  saveRecordedRun: {
    method: 'POST',
    path: '/api/activities/recorded',
    summary: 'Save a run recorded in run mode',
    body: RecordedRunSchema,
    response: UploadOutcomeSchema,
    status: 201,
  },
  listActivities: {
    method: 'GET',
    path: '/api/activities',
    summary: 'Runs, newest first, paged',
    query: ActivityListQuerySchema,
    response: ActivityListResponseSchema,
  },
  getActivity: {
    method: 'GET',
    path: '/api/activities/:id',
    summary: 'One run with samples and analysis',
    params: IdParamsSchema,
    query: ActivityDetailQuerySchema,
    response: ActivityDetailSchema,
  },
  getActivityOriginal: {
    method: 'GET',
    path: '/api/activities/:id/original',
    summary: 'The original file',
    params: IdParamsSchema,
    response: 'binary',
  },
  deleteActivity: {
    method: 'DELETE',
    path: '/api/activities/:id',
    summary: 'Delete one run',
    params: IdParamsSchema,
    response: 'empty',
    status: 204,
  },
  trends: {
    method: 'GET',
    path: '/api/trends',
    summary: 'Weekly trends',
    query: TrendsQuerySchema,
    response: TrendsResponseSchema,
  },
  prediction: {
    method: 'GET',
    path: '/api/prediction',
    summary: 'Predicted form-breakdown distance',
    query: PredictionQuerySchema,
    response: PredictionResponseSchema,
  },
  report: { method: 'GET', path: '/api/report', summary: 'Physio report data', response: PhysioReportSchema },
  exportAll: {
    method: 'GET',
    path: '/api/export',
    summary: 'All data and original files as a zip',
    response: 'zip',
  },
  deleteAll: {
    method: 'DELETE',
    path: '/api/data',
    summary: 'Delete everything',
    body: DeleteAllSchema,
    response: DeleteAllResponseSchema,
  },
} as const satisfies Record<string, EndpointSpec>;

export type EndpointName = keyof typeof ENDPOINTS;

/** Fills ":param" segments: apiPath('/api/activities/:id', { id }) -> "/api/activities/abc". */
export function apiPath(path: string, params: Readonly<Record<string, string>> = {}): string {
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
}
