import type { Session } from './api';

export type SessionEntity = Session['entities'][number];

/** The entities of the session by id, and how the curator sees each: "라피더스 · Rapidus". */
export class EntityIndex {
  private readonly byId = new Map<string, SessionEntity>();

  constructor(readonly session: Session) {
    for (const entity of session.entities) this.byId.set(entity.id, entity);
  }

  get(id: string): SessionEntity | undefined {
    return this.byId.get(id);
  }

  typeOf(id: string): string | undefined {
    return this.byId.get(id)?.type;
  }

  label(id: string): string {
    const entity = this.byId.get(id);
    if (!entity) return id;
    const { ko, en } = entity.names;
    return ko && ko !== en ? `${ko} · ${en}` : (en ?? id);
  }

  /** Every entity as a select option, sorted by label. */
  options(): [string, string][] {
    return this.session.entities
      .map((e): [string, string] => [e.id, `${this.label(e.id)} (${e.type})`])
      .sort((a, b) => a[1].localeCompare(b[1]));
  }

  /** The relation types the ontology allows from an entity of the first to one of the second. */
  typesBetween(from: string, to: string): string[] {
    const [a, b] = [this.typeOf(from), this.typeOf(to)];
    return Object.entries(this.session.relationTypes)
      .filter(([, def]) => a !== undefined && b !== undefined && def.from.includes(a) && def.to.includes(b))
      .map(([name]) => name);
  }
}
