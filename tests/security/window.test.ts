/**
 * The window's options and the page's Content-Security-Policy, and what `hardenApp` does when a page tries to
 * navigate away, open a window, attach a webview or ask for a permission. Electron cannot run here, so
 * `electron` is replaced by a stand-in that records the handlers the app registers.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';

type Handler = (...args: unknown[]) => unknown;
const registered = vi.hoisted(() => ({ app: new Map<string, Handler>(), permission: null as Handler | null, headers: null as Handler | null }));

vi.mock('electron', () => ({
  app: {
    on: (event: string, handler: Handler) => void registered.app.set(event, handler),
    whenReady: () => Promise.resolve(),
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (h: Handler) => void (registered.permission = h),
      webRequest: { onHeadersReceived: (h: Handler) => void (registered.headers = h) },
    },
  },
}));

import { CONTENT_SECURITY_POLICY, hardenApp, secureWebPreferences } from '../../main/app/security';

describe('the window a page runs in', () => {
  it('is sandboxed and isolated, with no Node, no webviews and no insecure content', () => {
    expect(secureWebPreferences('/app/preload.js')).toEqual({
      preload: '/app/preload.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    });
  });

  it('has a CSP that allows only the app itself: no inline or eval script, no remote origin', () => {
    const directives = new Map(CONTENT_SECURITY_POLICY.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-src')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|\*/);
    // Any source naming a scheme with a host (http:, https:, ws:, file:, or a bare host) would let data leave.
    const sources = [...directives.values()].flat();
    expect(sources.filter((s) => !["'self'", "'none'", 'data:', 'sohoa-page:'].includes(s))).toEqual([]);
  });
});

describe('a page that tries to leave the app', () => {
  const contents = {
    handlers: new Map<string, Handler>(),
    openHandler: null as Handler | null,
    on(event: string, h: Handler) {
      this.handlers.set(event, h);
    },
    setWindowOpenHandler(h: Handler) {
      this.openHandler = h;
    },
  };
  const attempt = (event: string, url: string): boolean => {
    const e = { preventDefault: vi.fn() };
    contents.handlers.get(event)!(e, url);
    return e.preventDefault.mock.calls.length > 0;
  };

  beforeAll(async () => {
    hardenApp((url) => url.startsWith('app://sohoa/'));
    registered.app.get('web-contents-created')!({}, contents);
    await Promise.resolve();
  });

  it('cannot navigate off the app, follow a redirect or attach a webview', () => {
    expect(attempt('will-navigate', 'https://example.com/steal')).toBe(true);
    expect(attempt('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(attempt('will-navigate', 'app://sohoa/index.html#/review')).toBe(false);
    expect(attempt('will-redirect', 'app://sohoa/index.html')).toBe(true);
    expect(attempt('will-attach-webview', 'https://example.com')).toBe(true);
  });

  it('cannot open a window, is refused every permission, and gets the CSP on every response', () => {
    expect(contents.openHandler!({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    const answer = vi.fn();
    registered.permission!({}, 'media', answer);
    expect(answer).toHaveBeenCalledWith(false);
    const headers = vi.fn();
    registered.headers!({ responseHeaders: { 'Content-Security-Policy': ['default-src *'] } }, headers);
    expect(headers).toHaveBeenCalledWith({ responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
});
