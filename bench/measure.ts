import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StageOutcome } from './results';
import type { StageInput } from './stage';

export const DEFAULTS = { heapLimitMiB: 4096, timeoutMs: 30 * 60_000 };

const CHILD = fileURLToPath(new URL('./child.ts', import.meta.url));

/** Runs a stage in a fresh Node process with a capped heap, so stages do not share memory or warm-up. */
export async function measureStage(
  stage: string,
  input: StageInput,
  options: Partial<typeof DEFAULTS> = {},
): Promise<StageOutcome> {
  const { heapLimitMiB, timeoutMs } = { ...DEFAULTS, ...options };
  const dir = await mkdtemp(join(tmpdir(), 'ikg-bench-'));
  const resultPath = join(dir, 'result.json');
  const args = [`--max-old-space-size=${heapLimitMiB}`, '--expose-gc', '--import', 'tsx', CHILD, stage, resultPath];
  args.push(input.dataDir, input.outDir, input.ontologyPath, String(input.relations));
  try {
    const exit = await run(args, timeoutMs);
    const written = await readFile(resultPath, 'utf8').catch(() => undefined);
    if (written) return JSON.parse(written) as StageOutcome;
    return { status: 'failed', note: exit.timedOut ? `timed out after ${timeoutMs / 1000} s` : whyItDied(exit) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  ms: number;
  stderr: string;
}

function run(args: string[], timeoutMs: number): Promise<Exit> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], timeout: timeoutMs });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-16_000);
    });
    child.on('error', reject);
    // Only the timeout kills the child from here; V8 aborts it (SIGABRT) when the heap is full.
    child.on('close', (code, signal) =>
      resolve({ code, signal, timedOut: child.killed, ms: performance.now() - started, stderr }),
    );
  });
}

/** How the child ended, and the line that says why, e.g. V8's "Reached heap limit". */
function whyItDied({ code, signal, ms, stderr }: Exit): string {
  const fatal = stderr.split('\n').find((line) => /FATAL ERROR|heap out of memory|Error:/.test(line));
  const how = signal ? `killed by ${signal}` : `exited with code ${code}`;
  return `${how} after ${Math.round(ms / 1000)} s${fatal ? `: ${fatal.trim()}` : ''}`;
}
