import { Readable } from 'node:stream';
import { ENDPOINTS, EXPORT_FILE_NAME } from '@upright/api-contract';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../deps';
import { addRoute } from '../../http/route';
import { deleteEverything } from './data.repository';
import { exportZip } from './export.service';

export function registerDataRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.store;
  addRoute(app, ENDPOINTS.exportAll, async ({ reply }) => {
    await reply
      .type('application/zip')
      .header('content-disposition', `attachment; filename="${EXPORT_FILE_NAME}"`)
      .send(Readable.from(exportZip(db, deps.now())));
    return { ok: 'sent' };
  });
  addRoute(app, ENDPOINTS.deleteAll, async () => ({ ok: true, value: await deleteEverything(db) }));
}
