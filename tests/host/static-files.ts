import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

/** The built index.html with the host's bridge script placed before the app's module script. */
export function injectBridge(html: string): string {
  const tag = '<script src="/__host/api.js"></script>';
  const moduleScript = html.search(/<script\b[^>]*type=["']module["']/i);
  if (moduleScript >= 0) return `${html.slice(0, moduleScript)}${tag}\n    ${html.slice(moduleScript)}`;
  return html.replace(/<\/head>/i, `  ${tag}\n  </head>`);
}

/** Serves a file of the built renderer; index.html gets the bridge. Returns false when there is no such file. */
export async function serveStatic(root: string, urlPath: string, res: ServerResponse): Promise<boolean> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return false;
  }
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const file = normalize(join(root, relative));
  if (file !== root && !file.startsWith(root + sep)) return false; // No way out of out/renderer.
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    return false;
  }
  const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  const content = file.endsWith('index.html') ? Buffer.from(injectBridge(body.toString('utf8'))) : body;
  res.writeHead(200, { 'Content-Type': type, 'Content-Length': content.length, 'Cache-Control': 'no-store' });
  res.end(content);
  return true;
}
