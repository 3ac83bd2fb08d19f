/**
 * The test host: the built renderer served to an ordinary browser, with `window.api` implemented over
 * loopback HTTP against an engine created in this process. It stands in for the Electron shell, which
 * cannot run here: calls are validated with the same contract and answered by the same `invokeEngine`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { calls, events, isCallName, isEventName, parseCallInput, type CallResult } from '../../preload/contract';
import { invokeEngine } from '../../main/app/engine-calls';
import type { Engine } from '../../main/engine/engine.types';
import { describeError } from '../../main/engine/errors';
import { apiBundle } from './api-bundle';
import { browse } from './browse';
import { serveStatic } from './static-files';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MAX_BODY = 1 << 20;

export interface TestHostOptions {
  dbPath: string;
  /** 0 or absent: a free port chosen by the system. */
  port?: number;
  demo?: boolean;
  station?: string;
  /** Answers app.pickFiles when no test has queued an answer (the preview uses it; tests leave it out). */
  pickFiles?: () => string[];
  rendererDir?: string;
  log?: (line: string) => void;
  /**
   * The preview's own file dialog: where it starts for each purpose. Without it (tests) app.pickFiles answers
   * from queued paths or `pickFiles`.
   */
  browseFrom?: (purpose: string) => string;
  /** The demo station's sample scans, imported on its first start (the preview; tests leave it out). */
  demoScans?: string;
  /** An engine to serve instead of opening `dbPath` (a fake for UI work); the host closes it. */
  engine?: Engine;
}

export interface TestHost {
  url: string;
  /** Queues the answer of the next file dialog (app.pickFiles). */
  pushDialogPaths(paths: string[]): void;
  close(): Promise<void>;
  engine: Engine;
  /** Engine answers or events that did not match the contract; tests expect none. */
  contractViolations: string[];
  /** Folders the app asked the file manager to open (app.openFolder), in order. */
  openedFolders: string[];
}

export async function startTestHost(options: TestHostOptions): Promise<TestHost> {
  const log = options.log ?? ((line: string) => process.stderr.write(`[test-host] ${line}\n`));
  const rendererDir = options.rendererDir ?? join(ROOT, 'out', 'renderer');
  // Loaded on demand so the host (and a fake engine) can start while the real engine is being written.
  const engine =
    options.engine ??
    (await (await import('../../main/engine/engine')).createEngine({
      dbPath: options.dbPath,
      demo: options.demo,
      station: options.station,
      warmLookup: true,
      demoScans: options.demoScans,
    }));
  const dialogQueue: string[][] = [];
  const violations: string[] = [];
  const openedFolders: string[] = [];
  const streams = new Set<ServerResponse>();
  let port = 0;

  const unsubscribe = engine.subscribe((name, payload) => {
    if (!isEventName(name)) {
      violations.push(`unknown event ${String(name)}`);
      return;
    }
    const checked = events[name].safeParse(payload);
    if (!checked.success) violations.push(`event ${name}: ${checked.error.issues[0]?.message ?? 'invalid'}`);
    const frame = `data: ${JSON.stringify({ name, payload })}\n\n`;
    for (const res of streams) res.write(frame);
  });

  async function call(name: unknown, input: unknown): Promise<CallResult<unknown>> {
    if (!isCallName(name)) return { ok: false, error: { code: 'unknown_call', message: `There is no call named ${String(name)}.` } };
    const parsed = parseCallInput(name, input);
    if (!parsed.ok) return parsed;
    if (name === 'app.pickFiles') {
      const answer = dialogQueue.shift() ?? options.pickFiles?.() ?? [];
      return { ok: true, value: answer };
    }
    if (name === 'app.openFolder') {
      openedFolders.push((parsed.value as { path: string }).path);
      return { ok: true, value: null };
    }
    try {
      const value = await invokeEngine(engine, name, parsed.value);
      const checked = calls[name].output.safeParse(value);
      if (!checked.success) {
        const issue = checked.error.issues[0];
        violations.push(`${name} answer at "${issue?.path.join('.') ?? ''}": ${issue?.message ?? 'invalid'}`);
        log(`contract violation: ${violations[violations.length - 1]}`);
      }
      return { ok: true, value };
    } catch (error) {
      return { ok: false, error: describeError(error) };
    }
  }

  function sameOrigin(req: IncomingMessage): boolean {
    // Refuse other sites (CSRF through a browser) and other host names (DNS rebinding).
    const allowed = [`127.0.0.1:${port}`, `localhost:${port}`];
    if (!allowed.includes(req.headers.host ?? '')) return false;
    const origin = req.headers.origin;
    return origin === undefined || allowed.some((h) => origin === `http://${h}`);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (!sameOrigin(req)) return send(res, 403, { error: 'Only the page served by this host may use it.' });

    if (req.method === 'POST' && path === '/__api/call') {
      const body = await readJson(req);
      if (!body.ok) return send(res, 400, { ok: false, error: { code: 'bad_request', message: body.message } });
      const { name, input } = (body.value ?? {}) as { name?: unknown; input?: unknown };
      return send(res, 200, await call(name, input));
    }
    if (req.method === 'POST' && path === '/__host/dialog') {
      const body = await readJson(req);
      const paths = body.ok ? (body.value as { paths?: unknown } | null)?.paths : undefined;
      if (!Array.isArray(paths) || !paths.every((p) => typeof p === 'string')) {
        return send(res, 400, { error: 'Send {"paths": ["/absolute/file.csv", …]}.' });
      }
      dialogQueue.push(paths);
      return send(res, 200, { queued: dialogQueue.length });
    }
    if (req.method === 'GET' && path === '/__host/browse') {
      // Answers queued by a test, or no browsing at all: the page calls app.pickFiles as usual.
      // (200 with no listing, not 404: the browser would log a failed request as a console error.)
      if (!options.browseFrom || dialogQueue.length > 0) return send(res, 200, { browse: false });
      const query = new URL(req.url ?? '/', 'http://127.0.0.1').searchParams;
      try {
        return send(res, 200, browse(query.get('dir') || options.browseFrom(query.get('purpose') ?? '')));
      } catch (error) {
        return send(res, 400, { error: error instanceof Error ? error.message : String(error) });
      }
    }
    if (req.method === 'GET' && path === '/__api/events') {
      res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
      res.write(': connected\n\n');
      streams.add(res);
      req.on('close', () => streams.delete(res));
      return undefined;
    }
    if (req.method === 'GET' && path === '/__host/api.js') {
      const script = await apiBundle();
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(script);
      return undefined;
    }
    if (req.method === 'GET' && (await serveStatic(rendererDir, path, res))) return undefined;
    return send(res, 404, { error: `Not found: ${path}` });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log(`request failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      if (!res.headersSent) send(res, 500, { ok: false, error: describeError(error) });
      else res.end();
    });
  });
  const keepAlive = setInterval(() => {
    for (const res of streams) res.write(': keep-alive\n\n');
  }, 15_000);
  keepAlive.unref();

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  let closed: Promise<void> | null = null;
  return {
    url: `http://127.0.0.1:${port}/`,
    pushDialogPaths: (paths) => void dialogQueue.push([...paths]),
    engine,
    contractViolations: violations,
    openedFolders,
    close: () =>
      (closed ??= (async () => {
        clearInterval(keepAlive);
        unsubscribe();
        for (const res of streams) res.end();
        streams.clear();
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await engine.close();
      })()),
  };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}

async function readJson(req: IncomingMessage): Promise<{ ok: true; value: unknown } | { ok: false; message: string }> {
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    return { ok: false, message: 'The request body must be JSON (Content-Type: application/json).' };
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) return { ok: false, message: 'The request body is too large.' };
    chunks.push(chunk as Buffer);
  }
  try {
    return { ok: true, value: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown };
  } catch {
    return { ok: false, message: 'The request body is not valid JSON.' };
  }
}
