import { join, resolve } from 'node:path';

const FLOOR_ROOT = join(import.meta.dirname, 'floor');

/** Builds the floor page (bench/floor) with Vite into `outDir`; it loads the site's graph.json from one folder up. */
export async function buildFloorPage(outDir: string): Promise<void> {
  const { build } = await import('vite');
  await build({
    configFile: false,
    root: FLOOR_ROOT,
    base: './',
    logLevel: 'warn',
    build: { outDir: resolve(outDir), emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1024 },
  });
}
