import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { BadRequestError, CurateError, DuplicateEntityError, EditRefusedError, StaleDataError } from '../curate/errors';
import type { Workbench } from '../curate/workbench';
import { ValidationError } from '../load/errors';
import { UserError } from '../util/user-error';

/** The header every curation request carries the per-run token in. */
export const TOKEN_HEADER = 'x-ikg-token';

/** The largest request body accepted, in bytes: an article body up to the loader's limit, as JSON. */
const MAX_BODY_BYTES = 24 * 2 ** 20;

export const newEditToken = () => randomBytes(24).toString('base64url');

export interface CurateApiOptions {
  workbench: Workbench;
  token: string;
  /** Told of a failure the client cannot fix (a bug); never given the token. */
  onInternalError?: (error: unknown) => void;
}

type Route = (body: unknown, match: RegExpExecArray) => Promise<unknown>;

/**
 * Answers /api/ requests of `ikg serve --edit`. Every request must come to the host the server was started on,
 * from the page's own origin, with the run's token; otherwise 403. Writes are POST with a JSON body.
 */
export function curateApi(options: CurateApiOptions) {
  const { workbench } = options;
  const reads: [RegExp, Route][] = [
    [/^\/api\/session$/, () => workbench.session()],
    [/^\/api\/articles\/([a-z0-9-]+)\/review$/, (_, match) => workbench.review(match[1] as string)],
  ];
  const writes: [RegExp, Route][] = [
    [/^\/api\/article-id$/, async (body) => ({ id: await workbench.proposeArticleId(body) })],
    [/^\/api\/articles$/, workbench.addArticle],
    [/^\/api\/relations$/, workbench.addRelation],
    [/^\/api\/relations\/update$/, workbench.updateRelation],
    [/^\/api\/relations\/remove$/, workbench.removeRelation],
    [/^\/api\/entities$/, workbench.addEntity],
    [/^\/api\/entities\/aliases$/, workbench.addAlias],
  ];

  /** `origins` are where the page may be loaded from (`http://127.0.0.1:4173`): Host and Origin must be one. */
  return async (request: IncomingMessage, response: ServerResponse, origins: () => string[]): Promise<void> => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const refusal = refuse(request, options.token, origins());
    if (refusal) return send(response, 403, { error: refusal });
    const table = request.method === 'GET' ? reads : request.method === 'POST' ? writes : undefined;
    if (!table) return send(response, 405, { error: `${request.method} is not allowed here` });
    for (const [pattern, route] of table) {
      const match = pattern.exec(path);
      if (!match) continue;
      try {
        const body = request.method === 'POST' ? await readJson(request) : undefined;
        return send(response, 200, await route(body, match));
      } catch (error) {
        return sendError(response, error, options);
      }
    }
    send(response, 404, { error: `no ${request.method} ${path} in the curation API` });
  };
}

/** Why a request is refused, or undefined when it may go on. */
function refuse(request: IncomingMessage, token: string, allowed: string[]): string | undefined {
  const host = request.headers.host;
  if (!host || !allowed.includes(`http://${host}`)) return 'this server answers only requests to its own address';
  const origin = request.headers.origin;
  if (origin !== undefined && !allowed.includes(origin)) return 'requests from another origin are refused';
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return 'requests from another site are refused';
  const given = request.headers[TOKEN_HEADER];
  if (typeof given !== 'string' || !sameSecret(given, token))
    return 'the edit token is missing or wrong: open the URL `ikg serve --edit` printed';
  return undefined;
}

function sameSecret(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const type = request.headers['content-type'] ?? '';
  if (!/^application\/json\b/.test(type))
    throw new HttpError(415, 'the request body must be JSON (content-type: application/json)');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, `the request body is over ${MAX_BODY_BYTES / 2 ** 20} MiB`);
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new BadRequestError('the request body is not valid JSON', []);
  }
}

/** A refusal with its own HTTP status, before the workbench is asked. */
class HttpError extends CurateError {
  override name = 'HttpError';
  constructor(
    override readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function sendError(response: ServerResponse, error: unknown, options: CurateApiOptions): void {
  if (error instanceof ValidationError) {
    send(response, 422, {
      error: 'the data folder is not valid as it is on disk; fix it (see `ikg validate`) before editing here',
      diagnostics: error.diagnostics,
    });
    return;
  }
  if (error instanceof UserError && !(error instanceof CurateError)) {
    send(response, 500, { error: error.message, hint: error.hint, kind: error.name });
    return;
  }
  if (!(error instanceof CurateError)) {
    options.onInternalError?.(error);
    send(response, 500, { error: 'internal error; the server log has the details', hint: 'nothing was written' });
    return;
  }
  send(response, error.status, {
    error: error.message,
    hint: error.hint,
    kind: error.name,
    ...(error instanceof EditRefusedError ? { diagnostics: error.diagnostics } : {}),
    ...(error instanceof BadRequestError ? { issues: error.issues } : {}),
    ...(error instanceof DuplicateEntityError ? { duplicates: error.duplicates } : {}),
    ...(error instanceof StaleDataError ? { files: error.files } : {}),
  });
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  response.end(JSON.stringify(body));
}
