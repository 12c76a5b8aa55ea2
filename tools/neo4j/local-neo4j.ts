import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type ProcessResult, runProcess } from '../process';

/** The Maven project that builds the launcher and cypher-shell classpaths. */
export const TOOLS_DIR = import.meta.dirname;
const LAUNCHER_CLASSPATH = [
  join(TOOLS_DIR, 'launcher', 'target', 'classes'),
  join(TOOLS_DIR, 'launcher', 'target', 'lib', '*'),
];
const CYPHER_SHELL_CLASSPATH = [join(TOOLS_DIR, 'cypher-shell', 'target', 'lib', '*')];
const SOURCES = [
  'pom.xml',
  'launcher/pom.xml',
  'cypher-shell/pom.xml',
  'launcher/src/main/java/ikg/Neo4jLauncher.java',
];
/** Written after a successful build, so a build is redone only when a source is newer. */
const BUILD_STAMP = join(TOOLS_DIR, 'launcher', 'target', 'build.stamp');
/** Netty and the store reach into the JDK; these are the flags the Neo4j distribution passes. */
const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--add-opens=java.base/java.net=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
];
const READY = /^READY (bolt:\/\/\S+)$/m;

/** The local Neo4j could not be built or started; the message says why. */
export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}

export interface LocalNeo4j {
  uri: string;
  username: string;
  password: string;
  home: string;
  /** Everything the server printed so far. */
  output: () => string;
  /** SIGTERM, then waits for the clean shutdown (SIGKILL after 30 s). */
  stop: () => Promise<void>;
}

export interface StartOptions {
  home: string;
  password: string;
  /** 0 picks a free port. */
  port?: number;
  heap?: string;
  /** Extra launcher environment, e.g. NEO4J_AUTH_MAX_FAILED_ATTEMPTS. */
  env?: Record<string, string>;
  timeoutMs?: number;
}

/** Why the local Neo4j cannot run here, or undefined when Java 17+ and Maven are on the PATH. */
export function missingTools(): string | undefined {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error) return 'no java on the PATH (Java 17 or 21 is needed)';
  const version = /version "(\d+)/.exec(java.stderr)?.[1];
  if (version && Number(version) < 17) return `java ${version} is too old (Java 17 or 21 is needed)`;
  if (spawnSync('mvn', ['-v'], { encoding: 'utf8' }).error) return 'no mvn (Apache Maven) on the PATH';
  return undefined;
}

/** Builds the launcher and cypher-shell classpaths with Maven, unless they are newer than their sources. */
export function buildLocalNeo4j(log: (line: string) => void = () => {}): void {
  if (isBuilt()) return;
  log('building the local Neo4j with Maven (the first build downloads about 170 MB into ~/.m2)…');
  const result = spawnSync('mvn', ['-B', '-q', 'package'], { cwd: TOOLS_DIR, encoding: 'utf8' });
  if (result.error || result.status !== 0)
    throw new LocalNeo4jError(
      `mvn package in ${TOOLS_DIR} failed: ${result.error?.message ?? tail(`${result.stdout}${result.stderr}`)}`,
    );
  writeFileSync(BUILD_STAMP, `${new Date().toISOString()}\n`);
}

function isBuilt(): boolean {
  if (!existsSync(BUILD_STAMP)) return false;
  const built = statSync(BUILD_STAMP).mtimeMs;
  return SOURCES.every((file) => statSync(join(TOOLS_DIR, file)).mtimeMs <= built);
}

/** Starts Neo4j 5 Community on 127.0.0.1 with the launcher and resolves once its default database is available. */
export async function startLocalNeo4j(options: StartOptions): Promise<LocalNeo4j> {
  const { home, password, port = 0, heap = '1g', timeoutMs = 180_000 } = options;
  await mkdir(home, { recursive: true });
  const child = spawn(
    'java',
    [`-Xmx${heap}`, ...JVM_FLAGS, '-cp', classpath(LAUNCHER_CLASSPATH), 'ikg.Neo4jLauncher', home],
    {
      env: { ...process.env, ...options.env, NEO4J_PASSWORD: password, NEO4J_BOLT_PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const uri = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new LocalNeo4jError(`Neo4j did not start within ${timeoutMs / 1000} s:\n${tail(output)}`));
    }, timeoutMs);
    const check = () => {
      const match = READY.exec(output);
      if (!match?.[1]) return;
      clearTimeout(timer);
      resolve(match[1]);
    };
    child.stdout.on('data', check);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new LocalNeo4jError(`cannot run java: ${error.message}`));
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new LocalNeo4jError(`Neo4j exited (${signal ?? code}) before it was ready:\n${tail(output)}`));
    });
  });
  return { uri, username: 'neo4j', password, home, output: () => output, stop: () => stop(child, exited) };
}

async function stop(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  await exited;
  clearTimeout(timer);
}

/** Runs the real `neo4j-admin` (org.neo4j.cli.AdminTool) against a Neo4j home, e.g. `database import full …`. */
export async function neo4jAdmin(home: string, args: readonly string[]): Promise<ProcessResult> {
  await mkdir(join(home, 'conf'), { recursive: true });
  // Run in HOME: the import writes its import.report into the working folder.
  return runJava(
    LAUNCHER_CLASSPATH,
    'org.neo4j.cli.AdminTool',
    args,
    { NEO4J_HOME: home, NEO4J_CONF: join(home, 'conf') },
    home,
  );
}

/** Runs the real cypher-shell (org.neo4j.shell.Main) with these arguments. */
export function cypherShell(args: readonly string[]): Promise<ProcessResult> {
  return runJava(CYPHER_SHELL_CLASSPATH, 'org.neo4j.shell.Main', args, {}, process.cwd());
}

function runJava(
  path: readonly string[],
  main: string,
  args: readonly string[],
  env: Record<string, string>,
  cwd: string,
): Promise<ProcessResult> {
  return runProcess('java', ['-Xmx1g', ...JVM_FLAGS, '-cp', classpath(path), main, ...args], { cwd, env });
}

function classpath(entries: readonly string[]): string {
  return entries.join(':');
}

function tail(text: string, lines = 30): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}
