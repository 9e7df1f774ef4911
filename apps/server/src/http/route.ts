import type { ApiErrorCode, EndpointSpec } from '@upright/api-contract';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { HTTP_STATUS, type Failure } from './error-table';

type Parsed<T> = T extends z.ZodType ? z.output<T> : undefined;
type Answer<T> = T extends z.ZodType ? z.input<T> : unknown;

export interface RouteInput<S extends EndpointSpec> {
  readonly params: Parsed<S['params']>;
  readonly query: Parsed<S['query']>;
  readonly body: Parsed<S['body']>;
  readonly request: FastifyRequest;
  readonly reply: FastifyReply;
}

/** A handler's answer: the response value, a coded failure, or "sent" when it wrote the reply itself. */
export type RouteResult<S extends EndpointSpec> =
  { readonly ok: true; readonly value: Answer<S['response']> } | Failure | { readonly ok: 'sent' };

export function sendError(
  reply: FastifyReply,
  code: ApiErrorCode,
  message: string,
  issues?: readonly { path: string; message: string }[],
): FastifyReply {
  const error = issues === undefined ? { code, message } : { code, message, issues };
  return reply.code(HTTP_STATUS[code]).type('application/json').send({ error });
}

function issuesOf(error: z.ZodError, where: string): { path: string; message: string }[] {
  return error.issues.slice(0, 20).map((issue) => ({
    path: [where, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
}

function parsePart(
  schema: unknown,
  value: unknown,
  where: string,
): { ok: true; value: unknown } | { ok: false; issues: { path: string; message: string }[] } {
  if (schema === undefined || schema === 'multipart') return { ok: true, value: undefined };
  const result = (schema as z.ZodType).safeParse(value ?? (where === 'body' ? undefined : {}));
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, issues: issuesOf(result.error, where) };
}

/**
 * Registers one endpoint from the contract: validates params, query and body with its zod schemas
 * (400 VALIDATION_FAILED listing the issues), runs the handler, and answers with the spec's status.
 */
export function addRoute<S extends EndpointSpec>(
  app: FastifyInstance,
  spec: S,
  handler: (input: RouteInput<S>) => Promise<RouteResult<S>>,
): void {
  app.route({
    method: spec.method,
    url: spec.path,
    handler: async (request, reply) => {
      const parts = [
        parsePart(spec.params, request.params, 'params'),
        parsePart(spec.query, request.query, 'query'),
        parsePart(spec.body, request.body, 'body'),
      ] as const;
      const issues = parts.flatMap((p) => (p.ok ? [] : p.issues));
      if (issues.length > 0)
        return sendError(reply, 'VALIDATION_FAILED', 'The request is not valid.', issues);
      const [params, query, body] = parts.map((p) => (p.ok ? p.value : undefined));
      const result = await handler({ params, query, body, request, reply } as RouteInput<S>);
      if (result.ok === 'sent') return reply;
      if (result.ok === false) return sendError(reply, result.code, result.message);
      if (spec.response === 'empty') return reply.code(204).send();
      return reply.code(spec.status ?? 200).send(result.value);
    },
  });
}
