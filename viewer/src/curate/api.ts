import type { Review } from '../../../src/curate/review';
import type { Session, WriteResult } from '../../../src/curate/workbench';
import type {
  AddAliasRequest,
  AddArticleRequest,
  AddEntityRequest,
  AddRelationRequest,
  RelationRef,
  UpdateRelationRequest,
} from '../../../src/schema/curate';

export type { Review, Session, WriteResult };

type Unversioned<T> = Omit<T, 'versions'>;

/** A refusal of the curation API, with what the server said: the validator's diagnostics, duplicates, stale files. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly body: {
      error?: string;
      hint?: string;
      kind?: string;
      diagnostics?: { file: string; line: number; col: number; message: string; hint?: string }[];
      duplicates?: { id: string; name: string }[];
      issues?: { path: string; message: string }[];
    },
  ) {
    super(body.error ?? `HTTP ${status}`);
  }
}

/** The curation API of `ikg serve --edit`, with the file versions this page edits against. */
export class CurateClient {
  versions: Record<string, string> = {};

  constructor(private readonly token: string) {}

  async session(): Promise<Session> {
    const session = await this.call<Session>('GET', '/api/session');
    this.versions = session.versions;
    return session;
  }

  review = (articleId: string) => this.call<Review>('GET', `/api/articles/${encodeURIComponent(articleId)}/review`);
  proposeArticleId = (fields: { title: string; publisher: string; published: string }) =>
    this.call<{ id: string }>('POST', '/api/article-id', fields);
  addArticle = (body: Unversioned<AddArticleRequest>) => this.write('/api/articles', body);
  addRelation = (body: Unversioned<AddRelationRequest>) => this.write('/api/relations', body);
  updateRelation = (body: Unversioned<UpdateRelationRequest>) => this.write('/api/relations/update', body);
  removeRelation = (ref: RelationRef) => this.write('/api/relations/remove', { ref });
  addEntity = (body: Unversioned<AddEntityRequest>) => this.write('/api/entities', body);
  addAlias = (body: Unversioned<AddAliasRequest>) => this.write('/api/entities/aliases', body);

  private async write(path: string, body: object): Promise<WriteResult> {
    const result = await this.call<WriteResult>('POST', path, { ...body, versions: this.versions });
    this.versions = result.versions;
    return result;
  }

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(path.slice(1), {
      method,
      headers: { 'x-ikg-token': this.token, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
    });
    const text = await response.text();
    const parsed = text && response.headers.get('content-type')?.startsWith('application/json') ? JSON.parse(text) : {};
    if (!response.ok) throw new ApiError(response.status, parsed);
    return parsed as T;
  }
}

/** A refusal as the curator reads it: the message, each diagnostic at file:line:col with its hint, then the hint. */
export function describeError(error: unknown): string[] {
  if (!(error instanceof ApiError)) return [error instanceof Error ? error.message : String(error)];
  const { body } = error;
  const lines = [body.error ?? error.message];
  for (const d of body.diagnostics ?? [])
    lines.push(`${d.file}:${d.line}:${d.col}  ${d.message}${d.hint ? ` (hint: ${d.hint})` : ''}`);
  for (const issue of body.issues ?? []) lines.push(`${issue.path || 'request'}: ${issue.message}`);
  if (body.hint && !body.diagnostics?.length) lines.push(`hint: ${body.hint}`);
  return lines;
}
