// Renders resources/icon.svg into the icons electron-builder packs: resources/icon.png (512),
// resources/icons/<n>x<n>.png (Linux) and resources/icon.ico (Windows, PNG-compressed entries).
// Uses the system Chromium through Playwright, so no image library is needed. Run after
// editing the SVG: `node scripts/build-icons.mjs`; the outputs are committed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const resources = join(root, 'resources');
const LINUX_SIZES = [16, 32, 48, 64, 128, 256, 512];
// Windows picks the nearest size for title bars, taskbar, Explorer and the installer.
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

/** An .ico whose entries are PNG files, which Windows reads since Vista. */
export function icoFromPngs(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  const entries = [];
  let offset = 6 + 16 * images.length;
  for (const { size, png } of images) {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // 0 means 256
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    entries.push(entry);
    offset += png.length;
  }
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

async function main() {
  const svg = readFileSync(join(resources, 'icon.svg'), 'utf8');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const render = async (size) => {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<html><body style="margin:0;background:transparent">${sized}</body></html>`);
    const png = await page.screenshot({
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
    await page.close();
    return png;
  };
  try {
    mkdirSync(join(resources, 'icons'), { recursive: true });
    const pngs = new Map();
    for (const size of new Set([...LINUX_SIZES, ...ICO_SIZES])) pngs.set(size, await render(size));
    for (const size of LINUX_SIZES)
      writeFileSync(join(resources, 'icons', `${size}x${size}.png`), pngs.get(size));
    writeFileSync(join(resources, 'icon.png'), pngs.get(512));
    writeFileSync(
      join(resources, 'icon.ico'),
      icoFromPngs(ICO_SIZES.map((size) => ({ size, png: pngs.get(size) }))),
    );
    console.log(`icons written to ${resources}`);
  } finally {
    await browser.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
