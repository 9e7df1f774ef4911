import { rm } from 'node:fs/promises';
import { ENDPOINTS } from '@upright/api-contract';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../deps';
import { failure } from '../../http/error-table';
import { addRoute } from '../../http/route';
import { deleteActivity, getActivity, getOriginal, listActivities } from './activities.repository';
import { importMany, summarise, type ActivityDeps } from './activities.service';
import { activityDetail, activitySummary } from './activities.view';
import { refreshPersonalModel } from './model.service';
import { saveRecordedRun } from './recorded.service';
import { receiveUpload } from './upload';

function dayStartMs(day: string | undefined, plusDays = 0): number | null {
  return day === undefined ? null : Date.parse(`${day}T00:00:00Z`) + plusDays * 86_400_000;
}

export function registerActivityRoutes(app: FastifyInstance, deps: AppDeps): void {
  const ctx: ActivityDeps = {
    db: deps.store.db,
    importFile: deps.importFile,
    analysis: deps.analysis,
    now: deps.now,
    newId: deps.newId,
    ...(deps.decodeMany === undefined ? {} : { decodeMany: deps.decodeMany }),
  };
  registerActivityWrites(app, deps, ctx);
  registerActivityReads(app, ctx);
}

/** Uploads and run-mode recordings. */
function registerActivityWrites(app: FastifyInstance, deps: AppDeps, ctx: ActivityDeps): void {
  addRoute(app, ENDPOINTS.uploadActivities, async ({ request }) => {
    if (!request.isMultipart()) return failure('NOT_MULTIPART', 'Upload files as multipart/form-data.');
    const upload = await receiveUpload(request);
    try {
      if (upload.files.length + upload.refused.length === 0)
        return failure('NO_FILES', 'The upload held no files.');
      const imported = await importMany(ctx, deps.readUploads(upload.files));
      const outcomes = [...upload.refused, ...imported];
      return { ok: true, value: { outcomes, summary: summarise(outcomes) } };
    } finally {
      await rm(upload.dir, { recursive: true, force: true });
    }
  });
  addRoute(app, ENDPOINTS.saveRecordedRun, ({ body }) => saveRecordedRun(ctx, body));
}

/** Reading and deleting stored runs. */
function registerActivityReads(app: FastifyInstance, ctx: ActivityDeps): void {
  addRoute(app, ENDPOINTS.listActivities, async ({ query }) => {
    const filter = {
      fromMs: dayStartMs(query.from),
      toMs: dayStartMs(query.to, 1),
      limit: query.limit,
      offset: query.offset,
    };
    const { rows, total } = await listActivities(ctx.db, filter);
    return {
      ok: true,
      value: { items: rows.map(activitySummary), total, limit: query.limit, offset: query.offset },
    };
  });
  addRoute(app, ENDPOINTS.getActivity, async ({ params, query }) => {
    const stored = await getActivity(ctx.db, params.id);
    if (stored === null) return failure('ACTIVITY_NOT_FOUND', 'No stored run has that id.');
    return { ok: true, value: activityDetail(stored, query.maxPoints) };
  });
  addRoute(app, ENDPOINTS.getActivityOriginal, async ({ params, reply }) => {
    const original = await getOriginal(ctx.db, params.id);
    if (original === null) return failure('ACTIVITY_NOT_FOUND', 'No stored run has that id.');
    const fileName =
      original.name
        .split('/')
        .pop()
        ?.replace(/[^\w.-]/g, '_') ?? 'activity';
    await reply
      .type('application/octet-stream')
      .header('content-disposition', `attachment; filename="${fileName}"`)
      .send(Buffer.from(original.bytes));
    return { ok: 'sent' };
  });
  addRoute(app, ENDPOINTS.deleteActivity, async ({ params }) => {
    const deleted = await deleteActivity(ctx.db, params.id);
    if (!deleted) return failure('ACTIVITY_NOT_FOUND', 'No stored run has that id.');
    await refreshPersonalModel(ctx);
    return { ok: true, value: undefined };
  });
}
