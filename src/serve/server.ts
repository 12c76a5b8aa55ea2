import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { UserError } from '../util/user-error';

export const SERVE_DEFAULTS = { host: '127.0.0.1', port: 4173 };

/** The port is taken or the host cannot be bound. */
export class ServeError extends UserError {
  override name = 'ServeError';
}

export interface ServeOptions {
  host: string;
  port: number;
  /** Answers requests under /api/; without it they are 404 like any missing file. */
  api?: (request: IncomingMessage, response: ServerResponse, origins: () => string[]) => Promise<void>;
  /** Writes the site once the port is bound, so a taken port fails before anything is written. */
  prepare?: () => Promise<unknown>;
}

/** Serves only the files inside `siteDir` (the viewer bundle and graph.json); anything else is a 404. */
export async function serveSite(
  siteDir: string,
  options: Partial<ServeOptions> = {},
): Promise<{ server: Server; url: string }> {
  const { host, port, prepare, api } = { ...SERVE_DEFAULTS, ...options };
  let files: ReturnType<typeof sirv> | undefined;
  const server = createServer((request, response) => {
    // The edit token is in the page's URL: no link may carry it away.
    response.setHeader('referrer-policy', 'no-referrer');
    const notFound = () => {
      response.writeHead(files ? 404 : 503, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(files ? 'not found\n' : 'starting\n');
    };
    if (api && files && request.url?.startsWith('/api/')) void api(request, response, () => origins(server));
    else if (files) files(request, response, notFound);
    else notFound();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new ServeError(
          `cannot listen on ${host}:${port}: ${error.code ?? error.message}`,
          'choose another --port or --host',
        ),
      ),
    );
    server.listen(port, host, resolve);
  });
  try {
    await prepare?.();
  } catch (error) {
    server.close();
    throw error;
  }
  // With the curation API the site's data files are rewritten while serving: sirv's dev mode reads them anew on every
  // request, where its default mode would keep serving the sizes and ETags it saw at start-up.
  files = sirv(siteDir, { dev: api !== undefined, dotfiles: false, etag: true });
  return { server, url: `${origins(server)[0]}/` };
}

/** The origins the server is reached at: its address, and `localhost` too when that is a loopback address. */
function origins(server: Server): string[] {
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const own = `http://${shownHost}:${address.port}`;
  return isLoopback(address.address) ? [own, `http://localhost:${address.port}`] : [own];
}

/** Whether an address (or host name) is the machine's own loopback: 127.0.0.0/8, ::1 or localhost. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(host);
}
