import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { type ProcessResult, runProcess } from '../../tools/process';
import { ROOT } from './fixture';

/** What a run of `ikg` printed, and how it exited. */
export type CliResult = ProcessResult;

/** Runs the real `ikg` executable, as a user would. */
export function ikg(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): CliResult {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'ikg.js'), ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, ...options.env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs `ikg` without blocking the test's event loop; `onStderr` sees stderr as it comes. */
export function ikgAsync(
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; onStderr?: (text: string) => void } = {},
): Promise<CliResult> {
  return runProcess(process.execPath, [join(ROOT, 'bin', 'ikg.js'), ...args], { cwd: ROOT, ...options });
}
