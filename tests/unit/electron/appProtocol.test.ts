import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { appFileFor, appPageUrl, serveAppScheme } from '../../../main/appProtocol';

// The window loads app://leadatlas/ (the grantFileProtocolExtraPrivileges fuse is off): the
// handler may hand out the built renderer's files and nothing else on the disk.
const dir = mkdtempSync(join(tmpdir(), 'leadatlas-app-scheme-'));
const renderer = join(dir, 'renderer');
mkdirSync(join(renderer, 'assets'), { recursive: true });
writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>招商通</title>');
writeFileSync(join(renderer, 'assets', 'index.js'), 'console.log(1)');
writeFileSync(join(dir, 'leadatlas.sqlite'), 'SQLite format 3');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('app:// scheme', () => {
  it('names the page and its hash routes', () => {
    expect(appPageUrl()).toBe('app://leadatlas/index.html');
    expect(appPageUrl('/print/company/12')).toBe('app://leadatlas/index.html#/print/company/12');
  });

  it('maps the interface files and refuses every way out of the renderer folder', () => {
    expect(appFileFor(renderer, 'app://leadatlas/index.html')).toBe(join(renderer, 'index.html'));
    expect(appFileFor(renderer, 'app://leadatlas/')).toBe(join(renderer, 'index.html'));
    expect(appFileFor(renderer, 'app://leadatlas/assets/index.js')).toBe(
      join(renderer, 'assets', 'index.js'),
    );
    for (const url of [
      'app://leadatlas/../leadatlas.sqlite',
      'app://leadatlas/%2e%2e/leadatlas.sqlite',
      'app://leadatlas/assets/%2e%2e%2f%2e%2e%2fleadatlas.sqlite',
      'app://leadatlas/..%5cleadatlas.sqlite',
      'app://leadatlas/index.html%00.js',
      'app://other/index.html',
      'file:///etc/passwd',
      'app://leadatlas/%E0%A4%A',
      'app://leadatlas/assets/data.sqlite',
    ]) {
      expect(appFileFor(renderer, url), url).toBeNull();
    }
  });

  it('serves GET requests with their type and answers 404 to anything else', async () => {
    let handler: ((request: Request) => Promise<Response>) | undefined;
    serveAppScheme({ handle: (_scheme, h) => (handler = h as typeof handler) }, renderer);
    if (!handler) throw new Error('no handler registered');
    const page = await handler(new Request('app://leadatlas/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('招商通');
    expect((await handler(new Request('app://leadatlas/missing.js'))).status).toBe(404);
    expect((await handler(new Request('app://leadatlas/index.html', { method: 'POST' }))).status).toBe(404);
    // A link planted inside the folder does not lead out of it either.
    symlinkSync(join(dir, 'leadatlas.sqlite'), join(renderer, 'assets', 'linked.js'));
    expect((await handler(new Request('app://leadatlas/assets/linked.js'))).status).toBe(404);
  });
});
