import { createServer, type Server } from 'node:http';
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
  /** Writes the site once the port is bound, so a taken port fails before anything is written. */
  prepare?: () => Promise<unknown>;
}

/** Serves only the files inside `siteDir` (the viewer bundle and graph.json); anything else is a 404. */
export async function serveSite(
  siteDir: string,
  options: Partial<ServeOptions> = {},
): Promise<{ server: Server; url: string }> {
  const { host, port, prepare } = { ...SERVE_DEFAULTS, ...options };
  let files: ReturnType<typeof sirv> | undefined;
  const server = createServer((request, response) => {
    const notFound = () => {
      response.writeHead(files ? 404 : 503, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(files ? 'not found\n' : 'starting\n');
    };
    if (files) files(request, response, notFound);
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
  files = sirv(siteDir, { dev: false, dotfiles: false, etag: true });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return { server, url: `http://${shownHost}:${address.port}/` };
}
