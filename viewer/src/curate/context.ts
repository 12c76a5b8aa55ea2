import type { CurateClient, Session, WriteResult } from './api';
import type { EntityIndex } from './entities';

/** What the views of the Curate panel share. */
export interface CurateContext {
  client: CurateClient;
  entities: EntityIndex;
  session(): Session;
  /** Runs a write, reports its outcome, then brings the session, the open view and the explorer's graph up to date. */
  write(action: () => Promise<WriteResult>): Promise<void>;
}
