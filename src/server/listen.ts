import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createAdaptorServer } from '@hono/node-server';
import type { Hono } from 'hono';
import { ErrorCodes, ReadoutError } from '../core/errors.js';

export interface Listening {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Binds the app to host:port (port 0 picks a free one); a taken port is a clear error, not a stack trace. */
export function listen(app: Hono, host: string, port: number): Promise<Listening> {
  const server = createAdaptorServer({ fetch: app.fetch }) as Server;
  return new Promise((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      const why = err.code === 'EADDRINUSE' ? 'is already in use (choose another with --port)'
        : err.code === 'EACCES' ? 'needs privileges (choose a port above 1024)'
        : `cannot be opened: ${err.message}`;
      reject(new ReadoutError(ErrorCodes.USAGE, `address ${host}:${port} ${why}`, `${host}:${port}`));
    });
    server.listen(port, host, () => {
      const bound = (server.address() as AddressInfo).port;
      const shownHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
      resolve({
        url: `http://${shownHost}:${bound}/`,
        port: bound,
        close: () => new Promise<void>((done) => {
          server.closeAllConnections?.();
          server.close(() => done());
        }),
      });
    });
  });
}
