/**
 * The preview's file dialog (browser side). A page cannot open the system dialog and the engine needs paths on
 * this machine, so in `npm run preview:web` the host lists folders (GET /__host/browse) and this small dialog
 * lets the user pick files, a folder, or a name to save as — every screen can be tried without restarts.
 * Tests queue their answers instead; the host then says "no browsing" and the call goes to the host.
 */

// Runs in Chromium but is type-checked with the Node config (no DOM lib): declare the little it uses.
interface El {
  innerHTML: string;
  value: string;
  checked: boolean;
  dataset: Record<string, string | undefined>;
  querySelector(selector: string): El | null;
  querySelectorAll(selector: string): ArrayLike<El>;
  addEventListener(type: string, listener: (event: { target: El | null; key?: string; preventDefault(): void }) => void): void;
  closest(selector: string): El | null;
  remove(): void;
  focus(): void;
  style: Record<string, string>;
}
declare const document: { createElement(tag: string): El; body: { appendChild(el: El): void } };

interface Listing {
  dir: string;
  parent: string | null;
  entries: { name: string; path: string; folder: boolean }[];
}
type Mode = 'files' | 'folder' | 'save';

const FOLDER = new Set(['scan-folder', 'export-folder', 'backup-folder', 'archive-folder']);
const SAVE: Record<string, string> = { 'backup-file': 'sohoa-backup.sqlite', 'report-file': 'bao-cao.pdf', 'separator-file': 'to-phan-cach.pdf' };

const escapeHtml = (s: string): string => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

async function list(purpose: string, dir: string | null): Promise<Listing | null> {
  const query = new URLSearchParams({ purpose, ...(dir ? { dir } : {}) });
  const response = await fetch(`/__host/browse?${query.toString()}`);
  if (!response.ok) return null;
  const answer = (await response.json()) as Listing | { browse: false };
  return 'dir' in answer ? answer : null;
}

/** Resolves to the chosen paths ([] when cancelled), or null when the host answers dialogs itself. */
export async function previewPick(purpose: string): Promise<string[] | null> {
  let listing = await list(purpose, null);
  if (!listing) return null;
  const mode: Mode = FOLDER.has(purpose) ? 'folder' : purpose in SAVE ? 'save' : 'files';
  const box = document.createElement('div');
  box.dataset.testid = 'preview-picker';
  document.body.appendChild(box);
  return new Promise((resolve) => {
    const done = (paths: string[]): void => {
      box.remove();
      resolve(paths);
    };
    const render = (): void => {
      const l = listing!;
      const rows = l.entries
        .map((e) =>
          e.folder
            ? `<li><button type="button" data-open="${escapeHtml(e.path)}">📁 ${escapeHtml(e.name)}</button></li>`
            : mode === 'files'
              ? `<li><label><input type="checkbox" value="${escapeHtml(e.path)}"> ${escapeHtml(e.name)}</label></li>`
              : `<li class="muted">${escapeHtml(e.name)}</li>`,
        )
        .join('');
      const action = mode === 'folder' ? 'Chọn thư mục này · Choose this folder' : mode === 'save' ? 'Lưu · Save' : 'Chọn · Choose';
      box.innerHTML = `<div class="pp-back">
        <form class="card pp-form">
          <h2>Xem trước: chọn ${mode === 'folder' ? 'thư mục' : mode === 'save' ? 'nơi lưu' : 'tệp'}</h2>
          <p class="mono small">${escapeHtml(l.dir)}</p>
          ${l.parent ? `<button type="button" data-open="${escapeHtml(l.parent)}">⬆ ..</button>` : ''}
          <ul class="pp-list">${rows || '<li class="muted">(trống · empty)</li>'}</ul>
          ${mode === 'save' ? `<label>Tên tệp · File name <input name="file" value="${escapeHtml(SAVE[purpose] ?? 'file')}"></label>` : ''}
          <p class="pp-actions"><button type="button" class="btn" data-cancel>Hủy · Cancel</button>
          <button type="submit" class="btn btn-primary" data-testid="preview-picker-ok">${action}</button></p>
        </form></div>`;
      // The page's CSP allows no inline style attributes; styles set through the DOM are fine.
      const css: Record<string, Record<string, string>> = {
        '.pp-back': { position: 'fixed', inset: '0', zIndex: '1000', background: 'rgba(0,0,0,.35)', display: 'grid', placeItems: 'center' },
        '.pp-form': { background: '#fff', padding: '1rem 1.25rem', width: 'min(40rem, 90vw)', maxHeight: '80vh', overflow: 'auto', borderRadius: '8px' },
        '.pp-list': { listStyle: 'none', padding: '0', margin: '.5rem 0' },
        '.pp-actions': { display: 'flex', gap: '.5rem', justifyContent: 'flex-end' },
      };
      for (const [selector, style] of Object.entries(css)) {
        const el = box.querySelector(selector);
        if (el) Object.assign(el.style, style);
      }
    };
    box.addEventListener('click', (event) => {
      const target = event.target?.closest('button');
      if (!target) return;
      if (target.dataset.cancel !== undefined) done([]);
      const open = target.dataset.open;
      if (open)
        void list(purpose, open).then((next) => {
          if (next) listing = next;
          render();
        });
    });
    box.addEventListener('submit', (event) => {
      event.preventDefault();
      const l = listing!;
      if (mode === 'folder') return done([l.dir]);
      if (mode === 'save') return done([`${l.dir.replace(/[\\/]$/, '')}/${box.querySelector('input[name="file"]')?.value.trim() || 'file'}`]);
      const ticked = Array.from(box.querySelectorAll('input[type="checkbox"]')).filter((c) => c.checked).map((c) => c.value);
      done(ticked);
    });
    box.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') done([]);
    });
    render();
  });
}
