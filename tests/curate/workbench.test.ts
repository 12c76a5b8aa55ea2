import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Workbench } from '../../src/curate/workbench';
import { checkData } from '../../src/pipeline/compile-graph';
import { copyFixture, loadOptionsFor, ROOT } from '../helpers/fixture';

const ARTICLE = {
  id: 'test-softbank-openai-2025-01-22',
  title: '소프트뱅크·오픈AI, 스타게이트 합작',
  publisher: 'industry-kg test',
  published: '2025-01-22',
  language: 'ko' as const,
  body: '소프트뱅크와 오픈AI는 미국에 AI 데이터센터를 짓는 스타게이트 합작사를 세우기로 했다.\n소프트뱅크는 오픈AI에 400억 달러를 투자하기로 했다.\n엔비디아는 오픈AI에 GPU를 공급한다.\n',
};

async function bench() {
  const dataDir = await copyFixture(join(ROOT, 'data'));
  const workbench = new Workbench(loadOptionsFor(dataDir));
  const versions = async () => (await workbench.session()).versions;
  return { dataDir, workbench, versions };
}

const relation = (over: Record<string, unknown> = {}) => ({
  relation: { type: 'INVESTS_IN', from: 'softbank', to: 'openai', status: 'announced', ...over },
  evidence: { article: ARTICLE.id, quote: '소프트뱅크는 오픈AI에 400억 달러를 투자하기로 했다.' },
});

describe('the curation workbench', () => {
  it('adds an article, then a relation from it, and the data stays valid', async () => {
    const { dataDir, workbench, versions } = await bench();
    const added = await workbench.addArticle({ versions: await versions(), article: ARTICLE });
    expect(added.files).toEqual([`articles/${ARTICLE.id}.yaml`, `articles/${ARTICLE.id}.txt`]);
    expect(await readFile(join(dataDir, 'articles', `${ARTICLE.id}.txt`), 'utf8')).toBe(ARTICLE.body);
    const supplies = {
      relation: { type: 'SUPPLIES', from: 'nvidia', to: 'openai', status: 'active' as const },
      evidence: { article: ARTICLE.id, quote: '엔비디아는 오픈AI에 GPU를 공급한다.' },
    };
    const result = await workbench.addRelation({ versions: added.versions, ...supplies });
    expect(result.edge).toBe('nvidia|SUPPLIES|openai');
    expect(result.files).toEqual([`relations/${ARTICLE.id}.yaml`]);
    const checked = await checkData(loadOptionsFor(dataDir));
    expect(checked.diagnostics).toEqual([]);
    expect(checked.dataset?.relations.length).toBe(111);
    const review = await workbench.review(ARTICLE.id);
    expect(review.curated.map((c) => `${c.from} ${c.type} ${c.to}`)).toEqual(['nvidia SUPPLIES openai']);
    expect(review.text.slice(review.curated[0]?.span?.start, review.curated[0]?.span?.end)).toBe(
      supplies.evidence.quote,
    );
    const merged = await workbench.addRelation({ versions: result.versions, ...relation() });
    expect(merged.files).toEqual(['relations/sbs-global-biz-softbank-ai-2024-04-23.yaml']);
    expect(merged.message).toMatch(/already defined/);
  });

  it('never overwrites an article id', async () => {
    const { workbench, versions } = await bench();
    const article = { ...ARTICLE, id: 'saenggak-sinmun-2023-07-20' };
    await expect(workbench.addArticle({ versions: await versions(), article })).rejects.toMatchObject({
      name: 'ConflictError',
      status: 409,
    });
  });

  it('refuses an edit that would make the data invalid, with the file and line, and writes nothing', async () => {
    const { dataDir, workbench, versions } = await bench();
    const before = await versions();
    const request = relation({ from: 'rapidus' });
    request.evidence = { article: 'saenggak-sinmun-2023-07-20', quote: '이 문장은 기사에 없다' };
    const refused = await workbench.addRelation({ versions: before, ...request }).catch((error: unknown) => error);
    expect(refused).toMatchObject({ name: 'EditRefusedError', status: 422 });
    const { diagnostics } = refused as { diagnostics: { file: string; line: number; message: string }[] };
    expect(diagnostics.map((d) => d.file)).toContain(join(dataDir, 'relations', 'saenggak-sinmun-2023-07-20.yaml'));
    expect(diagnostics.some((d) => /quote/.test(d.message) && d.line > 1)).toBe(true);
    expect(await versions()).toEqual(before);
  });

  it('adds a quote to a relation that is already defined instead of defining it twice', async () => {
    const { dataDir, workbench, versions } = await bench();
    const quote = '일본 정부는 AI 기술의 발전을 목표로, 엔비디아와 협력하여 국가 내 AI 연구와 인프라를 확장해 왔다';
    const file = join(dataDir, 'relations', 'nvidia-japan-ai-network-2024-11.yaml');
    const before = await readFile(file, 'utf8');
    const result = await workbench.addRelation({
      versions: await versions(),
      relation: { type: 'PARTNERS_WITH', from: 'nvidia', to: 'government-of-japan', status: 'active' },
      evidence: { article: 'nvidia-japan-ai-network-2024-11', quote: `${quote.slice(0, 20)}` },
    });
    expect(result.message).toMatch(/already defined, so the quote was added to its evidence/);
    expect(result.edge).toBe('government-of-japan|PARTNERS_WITH|nvidia');
    const after = await readFile(file, 'utf8');
    expect(after.length).toBeGreaterThan(before.length);
    expect((await checkData(loadOptionsFor(dataDir))).diagnostics).toEqual([]);
  });

  it('refuses a write over a file that changed on disk since the page read it', async () => {
    const { dataDir, workbench, versions } = await bench();
    const seen = await versions();
    const file = 'relations/nvidia-rapidus-tokyo-ai-summit-2024-11-15.yaml';
    await writeFile(join(dataDir, file), `${await readFile(join(dataDir, file), 'utf8')}# edited elsewhere\n`);
    const request = {
      versions: seen,
      ref: { type: 'PARTNERS_WITH', from: 'softbank', to: 'fujitsu' },
      changes: { status: 'ended' },
    };
    await expect(workbench.updateRelation(request)).rejects.toMatchObject({ name: 'StaleDataError', status: 409 });
    await expect(workbench.updateRelation({ ...request, versions: await versions() })).resolves.toMatchObject({
      edge: 'softbank|PARTNERS_WITH|fujitsu',
    });
  });

  it('lets two writers based on one version win once, the second is refused', async () => {
    const { workbench, versions } = await bench();
    const seen = await versions();
    const ref = { type: 'PARTNERS_WITH', from: 'softbank', to: 'fujitsu' };
    const results = await Promise.allSettled([
      workbench.updateRelation({ versions: seen, ref, changes: { status: 'ended' } }),
      workbench.updateRelation({ versions: seen, ref, changes: { date: '2023' } }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected']);
  });

  it('changes one line for a status, and removes a relation with its lines only', async () => {
    const { dataDir, workbench, versions } = await bench();
    const file = join(dataDir, 'relations', 'nvidia-rapidus-tokyo-ai-summit-2024-11-15.yaml');
    const before = await readFile(file, 'utf8');
    const ref = { type: 'PARTNERS_WITH', from: 'softbank', to: 'fujitsu' };
    await workbench.updateRelation({ versions: await versions(), ref, changes: { status: 'ended' } });
    const changed = (await readFile(file, 'utf8')).split('\n');
    const differing = before.split('\n').filter((line, i) => line !== changed[i]);
    expect(differing).toEqual(['    status: active']);
    await workbench.removeRelation({ versions: await versions(), ref });
    const removed = await readFile(file, 'utf8');
    expect(removed).not.toMatch(/from: softbank\n {4}to: fujitsu/);
    expect(removed.length).toBeLessThan(before.length);
    expect((await checkData(loadOptionsFor(dataDir))).dataset?.relations.length).toBe(109);
  });

  it('warns before creating a probable duplicate entity, and creates it when confirmed', async () => {
    const { dataDir, workbench, versions } = await bench();
    const entity = { id: 'rapidus-corp', type: 'Company', names: { en: 'Rapidus Corp', ko: '라피더스' } };
    const refused = await workbench.addEntity({ versions: await versions(), entity }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ name: 'DuplicateEntityError', duplicates: [{ id: 'rapidus', name: '라피더스' }] });
    const created = await workbench.addEntity({ versions: await versions(), entity, confirmDuplicate: true });
    expect(created.files).toEqual(['entities/companies.yaml']);
    expect(created.warnings.join('\n')).toMatch(/라피더스/);
    const text = await readFile(join(dataDir, 'entities', 'companies.yaml'), 'utf8');
    expect(text).toMatch(
      /\n {2}- id: rapidus-corp\n {4}type: Company\n {4}names: \{ en: Rapidus Corp, ko: 라피더스 \}\n$/,
    );
  });

  it('puts a new entity of a type no file holds into a file named after the type', async () => {
    const { workbench, versions } = await bench();
    const entity = {
      id: 'kaist',
      type: 'ResearchOrg',
      names: { en: 'KAIST', ko: '카이스트' },
      aliases: ['한국과학기술원'],
    };
    const created = await workbench.addEntity({ versions: await versions(), entity });
    expect(created.files).toEqual(['entities/research.yaml']);
  });

  it('adds an alias, refusing one that names another entity', async () => {
    const { workbench, versions } = await bench();
    const added = await workbench.addAlias({ versions: await versions(), entity: 'meti', alias: '일본 경제산업부' });
    expect(added.message).toBe('added the alias "일본 경제산업부" to meti');
    await expect(
      workbench.addAlias({ versions: added.versions, entity: 'meti', alias: 'Nvidia' }),
    ).rejects.toMatchObject({
      name: 'DuplicateEntityError',
    });
  });

  it('answers a malformed request with every problem and its path', async () => {
    const { workbench } = await bench();
    const refused = await workbench
      .addRelation({ versions: {}, relation: { type: 'X', from: 'Not A Slug', status: 'maybe' } })
      .catch((e: unknown) => e);
    expect(refused).toMatchObject({ name: 'BadRequestError', status: 400 });
    const paths = (refused as { issues: { path: string }[] }).issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['relation.from', 'relation.to', 'relation.status', 'evidence']));
  });

  it('proposes an article id from publisher, title and date, never a taken one', async () => {
    const { workbench } = await bench();
    const fields = { title: 'SoftBank AI 전략', publisher: 'SBS Biz', published: '2024-04-23' };
    expect(await workbench.proposeArticleId(fields)).toBe('sbs-biz-softbank-ai-jeonryak-2024-04-23');
    const taken = { title: '생각신문', publisher: 'saenggak sinmun', published: '2023-07-20' };
    expect(await workbench.proposeArticleId({ ...taken, title: '' }).catch((e: unknown) => e)).toMatchObject({
      name: 'BadRequestError',
    });
  });

  it('reviews a Japanese article: names and aliases in every language are highlighted', async () => {
    const { workbench, versions } = await bench();
    const article = {
      id: 'test-ja-rapidus-2024-11',
      title: 'ラピダスとIBM',
      publisher: 'industry-kg test',
      published: '2024-11',
      language: 'ja' as const,
      body: 'ラピダスはIBMと2ナノの開発で協力している。エヌビディアはRapidus Corporationへの委託を検討している。\n',
    };
    await workbench.addArticle({ versions: await versions(), article });
    const review = await workbench.review(article.id);
    const named = review.mentions.map((m) => `${m.id}:${review.text.slice(m.start, m.end)}`);
    expect(named).toEqual(
      expect.arrayContaining(['rapidus:ラピダス', 'ibm:IBM', 'nvidia:エヌビディア', 'rapidus:Rapidus Corporation']),
    );
  });
});
