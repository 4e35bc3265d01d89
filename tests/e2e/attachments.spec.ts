import { deflateSync } from 'node:zlib';
import type { Locator, Page } from '@playwright/test';
import { call, expect, test, value } from './fixtures';

/** A small PNG drawn here (a site photo stand-in): sky over ground, so the thumbnail shows something. */
function sitePhoto(width = 240, height = 160): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer): number => {
    let c = 0xffffffff;
    for (const b of buf) c = (crcTable[(c ^ b) & 0xff] as number) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer): Buffer => {
    const head = Buffer.alloc(4);
    head.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const tail = Buffer.alloc(4);
    tail.writeUInt32BE(crc(body));
    return Buffer.concat([head, body, tail]);
  };
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) {
      const ground = y > height * 0.6;
      const building = x > width * 0.3 && x < width * 0.7 && y > height * 0.3 && !ground;
      const [r, g, b] = ground ? [120, 160, 90] : building ? [200, 90, 60] : [150, 200, 240];
      row.set([r, g, b], 1 + x * 3);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A PDF of these objects (the first is the catalog) with a correct cross-reference table. */
function pdfOf(objects: string[], trailer = ''): Buffer {
  let out = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = out.length;
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailer}>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** The page tree of these pages and their contents, followed by one font, F1, that they share. */
function pageObjects(contents: string[], font: string): string[] {
  const fontId = 3 + contents.length * 2;
  return [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${contents.map((_, i) => `${3 + i * 2} 0 R`).join(' ')}] /Count ${contents.length} >>`,
    ...contents.flatMap((content, i) => [
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${4 + i * 2} 0 R /Resources << /Font << /F1 ${fontId} 0 R >> >> >>`,
      `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    ]),
    font,
  ];
}

/**
 * A contract, one page per heading: the heading in Helvetica and a black bar at a height of its
 * own, so each page draws differently. `extra` adds objects after the font and to the trailer.
 */
function contractPdf(
  pages = ['Investment Agreement'],
  extra: { objects?: string[]; trailer?: string } = {},
): Buffer {
  const contents = pages.map(
    (heading, i) => `BT /F1 28 Tf 72 760 Td (${heading}) Tj ET\n0 0 0 rg 72 ${600 - i * 200} 451 40 re f`,
  );
  const objects = pageObjects(contents, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  return pdfOf([...objects, ...(extra.objects ?? [])], extra.trailer);
}

/**
 * Chinese text in a font the file does not embed: 宋体 named STSong-Light, the text in
 * UniGB-UCS2-H, as form-filling software writes it. Drawing it needs Adobe's GB1 CMaps.
 */
function songtiPdf(text: string): Buffer {
  const ucs2 = Buffer.from(text, 'utf16le').swap16().toString('hex').toUpperCase();
  const descendant =
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /DW 1000' +
    ' /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >>' +
    ' /FontDescriptor << /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900]' +
    ' /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >> >>';
  const font = `<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [${descendant}] >>`;
  return pdfOf(pageObjects([`BT /F1 40 Tf 72 700 Td <${ucs2}> Tj ET`], font));
}

/**
 * The same contract locked with an open password (standard security handler, RC4 40-bit): the
 * /U check value is not the one an empty password gives, so a reader must ask for the password.
 */
function lockedPdf(): Buffer {
  const hex = (seed: number): string =>
    Array.from({ length: 32 }, (_, i) => ((seed + i * 37) % 256).toString(16).padStart(2, '0')).join('');
  const encrypt = `<< /Filter /Standard /V 1 /R 2 /O <${hex(11)}> /U <${hex(97)}> /P -44 >>`;
  // Object 8 follows the two pages (3-6) and the font (7).
  return contractPdf(['Investment Agreement', 'Signatures'], {
    objects: [encrypt],
    trailer: `/Encrypt 8 0 R /ID [<${hex(5).slice(0, 32)}> <${hex(5).slice(0, 32)}>] `,
  });
}

/** The canvas as test code sees it (type-checked without the DOM library). */
interface PageCanvas {
  width: number;
  height: number;
  getContext(kind: '2d'): {
    getImageData(x: number, y: number, w: number, h: number): { data: ArrayLike<number> };
  };
}

/** More dark pixels than any blank or half-drawn page has: a heading and a bar are thousands. */
const INKED = 2000;

/**
 * What a drawn page shows: how many dark pixels, and in which of 40 horizontal bands they lie
 * (a fingerprint that tells two pages apart).
 */
function ink(canvas: Locator): Promise<{ dark: number; bands: string }> {
  return canvas.evaluate((node) => {
    const c = node as unknown as PageCanvas;
    const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
    const bands = Array.from({ length: 40 }, () => 0);
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) {
      if ((data[i] as number) + (data[i + 1] as number) + (data[i + 2] as number) < 200) {
        dark++;
        bands[Math.floor((i / 4 / c.width / c.height) * 40)]! += 1;
      }
    }
    return { dark, bands: bands.map((n) => (n > 0 ? '1' : '0')).join('') };
  });
}

async function pickCategory(page: Page, label: string): Promise<void> {
  await page.getByTestId('attachments-panel').getByLabel('类别').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: label }).click();
}

test('attach a photo and a PDF to a project, preview both, delete one and undo', async ({ page, app }) => {
  const company = await value(call(page, 'companies.create', { name: '徐州示例储能科技有限公司' }));
  const project = await value(
    call(page, 'projects.create', { name: '储能电池生产基地项目', companyId: company.id }),
  );
  await page.goto(`${app.url}#/projects?open=${project.id}`);
  const drawer = page.locator('.project-drawer');
  await drawer.getByRole('tab', { name: '附件' }).click();
  const panel = drawer.getByTestId('attachments-panel');
  await expect(panel).toContainText('还没有附件');

  const input = panel.locator('input[type=file]');
  await pickCategory(page, '现场照片');
  await input.setInputFiles({ name: '开工现场.png', mimeType: 'image/png', buffer: sitePhoto() });
  await expect(panel.getByTestId('attachment-row')).toHaveCount(1);
  await pickCategory(page, '合同');
  await input.setInputFiles({ name: '投资协议.pdf', mimeType: 'application/pdf', buffer: contractPdf() });
  await expect(panel.getByTestId('attachment-row')).toHaveCount(2);

  const photo = panel.getByTestId('attachment-row').filter({ hasText: '开工现场.png' });
  await expect(photo).toContainText('现场照片');
  const thumb = photo.getByTestId('attachment-thumb');
  await expect(thumb).toHaveAttribute('src', /^blob:/);
  // The thumbnail shows the picture itself (decoded at its real size), not a broken image.
  await expect
    .poll(() => thumb.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth))
    .toBe(240);
  await page.screenshot({ path: '/tmp/attachments-panel.png' });

  await thumb.click();
  const preview = page.getByTestId('attachment-preview');
  await expect(preview.locator('img.attachment-large')).toBeVisible();
  await page.screenshot({ path: '/tmp/attachments-image.png' });
  await page.locator('.ant-modal-close:visible').click();
  await expect(preview.locator('img.attachment-large')).toBeHidden();

  const pdf = panel.getByTestId('attachment-row').filter({ hasText: '投资协议.pdf' });
  await expect(pdf).toContainText('合同');
  await pdf.getByRole('button', { name: '预览' }).click();
  await expect(preview.getByTestId('attachment-pdf-canvas')).toHaveAttribute('data-drawn', 'true');
  expect((await ink(preview.getByTestId('attachment-pdf-canvas'))).dark).toBeGreaterThan(INKED);
  await page.screenshot({ path: '/tmp/attachments-pdf.png' });
  await page.locator('.ant-modal-close:visible').click();

  await pdf.getByRole('button', { name: '删除' }).click();
  await page.locator('.ant-popconfirm-buttons .ant-btn-primary').click();
  await expect(panel.getByTestId('attachment-row')).toHaveCount(1);
  await page.getByTestId('attachment-undo').click();
  await expect(page.getByText('已恢复“投资协议.pdf”')).toBeVisible();
  await expect(panel.getByTestId('attachment-row')).toHaveCount(2);
  await expect(panel.getByTestId('attachment-row').filter({ hasText: '投资协议.pdf' })).toBeVisible();

  // The company's count takes in its project's files.
  const count = await value(call(page, 'attachments.count', { companyId: company.id }));
  expect(count).toMatchObject({ total: 2, byKind: { project: 2 } });
});

test('a business card photo on a contact', async ({ page, app }) => {
  const company = await value(call(page, 'companies.create', { name: '徐州示例储能科技有限公司' }));
  const contact = await value(call(page, 'contacts.create', { companyId: company.id, name: '程董事长' }));
  await page.goto(`${app.url}#/contacts?open=${contact.id}`);
  const panel = page.locator('.contact-drawer').getByTestId('attachments-panel');
  await expect(panel).toContainText('还没有名片照片');
  await panel.locator('input[type=file]').setInputFiles({
    name: '程董名片.png',
    mimeType: 'image/png',
    buffer: sitePhoto(180, 100),
  });
  const row = panel.getByTestId('attachment-row');
  await expect(row).toContainText('名片');
  await expect(row.getByTestId('attachment-thumb')).toHaveAttribute('src', /^blob:/);
  await page.screenshot({ path: '/tmp/attachments-contact.png' });
});

test('the company page counts the files of its projects and takes its own', async ({ page, app }) => {
  const company = await value(call(page, 'companies.create', { name: '徐州示例储能科技有限公司' }));
  const project = await value(
    call(page, 'projects.create', { name: '储能电池生产基地项目', companyId: company.id }),
  );
  await value(
    call(page, 'attachments.add', {
      owner: { kind: 'project', id: project.id },
      name: '投资协议.pdf',
      category: 'contract',
      base64: contractPdf().toString('base64'),
    }),
  );
  await page.goto(`${app.url}#/companies?open=${company.id}&section=attachments`);
  const tab = page.getByTestId('company-tab-attachments');
  await expect(tab).toContainText('1');
  const section = page.getByTestId('company-attachments');
  await expect(section).toContainText('另有该企业项目、洽谈记录、诉求和联系人上的附件 1 个（项目 1）');

  await section
    .getByTestId('attachments-panel')
    .locator('input[type=file]')
    .setInputFiles({ name: '厂区航拍.png', mimeType: 'image/png', buffer: sitePhoto() });
  await expect(section.getByTestId('attachment-row')).toHaveCount(1);
  // The tab's count is the company's whole number, the same as the contract's count.
  await expect(tab).toContainText('2');
  const count = await value(call(page, 'attachments.count', { companyId: company.id }));
  expect(count).toMatchObject({ total: 2, byKind: { company: 1, project: 1 } });
  await page.screenshot({ path: test.info().outputPath('company-attachments.png') });
});

/** A company with these files among its 附件, its page open on them; the panel. */
async function companyWith(page: Page, appUrl: string, files: Record<string, Buffer>): Promise<Locator> {
  const company = await value(call(page, 'companies.create', { name: '徐州示例储能科技有限公司' }));
  for (const [name, bytes] of Object.entries(files)) {
    await value(
      call(page, 'attachments.add', {
        owner: { kind: 'company', id: company.id },
        name,
        category: 'minutes',
        base64: bytes.toString('base64'),
      }),
    );
  }
  await page.goto(`${appUrl}#/companies?open=${company.id}&section=attachments`);
  const panel = page.getByTestId('company-attachments').getByTestId('attachments-panel');
  await expect(panel.getByTestId('attachment-row')).toHaveCount(Object.keys(files).length);
  return panel;
}

const openPreview = (panel: Locator, name: string): Promise<void> =>
  panel.getByTestId('attachment-row').filter({ hasText: name }).getByRole('button', { name: '预览' }).click();

test.describe('a PDF read inside the app', () => {
  // A HiDPI screen: the page must be drawn with twice the pixels it takes on screen.
  test.use({ deviceScaleFactor: 2 });
  // Each page starts pdf.js's worker afresh (1.2 MB to parse): on a busy two-core machine that
  // alone can take most of the usual minute.
  test.beforeEach(() => test.slow());

  test('a two-page 会议纪要 is drawn page by page, sharp on a HiDPI screen', async ({ page, app }) => {
    // pdf.js is not loaded until a PDF is opened.
    const pdfjsRequests: string[] = [];
    page.on('request', (r) => {
      if (/\/assets\/pdf[.-][^/]*\.js$/.test(r.url())) pdfjsRequests.push(r.url());
    });
    const panel = await companyWith(page, app.url, {
      '洽谈会议纪要.pdf': contractPdf(['Meeting Minutes 2026-06-30', 'Signatures']),
    });
    expect(pdfjsRequests).toEqual([]);

    const preview = page.getByTestId('attachment-preview');
    const canvas = preview.getByTestId('attachment-pdf-canvas');
    const pageOf = preview.getByTestId('attachment-pdf-page');
    await openPreview(panel, '洽谈会议纪要.pdf');
    await expect(pageOf).toHaveText('第 1 页 / 共 2 页');
    await expect(canvas).toHaveAttribute('data-drawn', 'true');
    expect(pdfjsRequests.length).toBeGreaterThan(0);
    const first = await ink(canvas);
    expect(first.dark).toBeGreaterThan(INKED);
    // The page fills the view's width and carries twice as many pixels as it shows.
    const size = await canvas.evaluate((node) => {
      const c = node as unknown as PageCanvas & {
        clientWidth: number;
        parentElement: { clientWidth: number };
      };
      return { pixels: c.width, shown: c.clientWidth, view: c.parentElement.clientWidth };
    });
    expect(size.pixels).toBe(size.shown * 2);
    expect(size.shown).toBeGreaterThan(size.view * 0.9);
    await expect(preview.getByRole('button', { name: '上一页' })).toBeDisabled();
    await page.screenshot({ path: '/tmp/pdfprev/pdf-page-1.png' });

    await preview.getByRole('button', { name: '下一页' }).click();
    await expect(pageOf).toHaveText('第 2 页 / 共 2 页');
    await expect(canvas).toHaveAttribute('data-page', '2');
    await expect(canvas).toHaveAttribute('data-drawn', 'true');
    const second = await ink(canvas);
    expect(second.dark).toBeGreaterThan(INKED);
    expect(second.bands).not.toBe(first.bands);
    await expect(preview.getByRole('button', { name: '下一页' })).toBeDisabled();
    await page.screenshot({ path: '/tmp/pdfprev/pdf-page-2.png' });

    await preview.getByRole('button', { name: '上一页' }).click();
    await expect(pageOf).toHaveText('第 1 页 / 共 2 页');
    await expect(canvas).toHaveAttribute('data-drawn', 'true');
    expect((await ink(canvas)).bands).toBe(first.bands);
  });

  test('a cut-off or password-locked PDF says why, and 下载 is still there', async ({ page, app }) => {
    const panel = await companyWith(page, app.url, {
      // A download that stopped early: the catalog and page tree, the first page cut off mid-way, no xref.
      '投资协议（不完整）.pdf': contractPdf(['Investment Agreement', 'Signatures']).subarray(0, 200),
      '加密合同.pdf': lockedPdf(),
    });
    const preview = page.getByTestId('attachment-preview');
    const download = preview.locator('.ant-modal-footer').getByRole('button', { name: '下载' });

    await openPreview(panel, '不完整');
    await expect(preview.getByTestId('attachment-pdf-error')).toContainText(
      '无法预览此PDF：文件已损坏或不完整',
    );
    await expect(download).toBeVisible();
    await page.screenshot({ path: '/tmp/pdfprev/pdf-damaged.png' });
    await page.locator('.ant-modal-close:visible').click();

    await openPreview(panel, '加密合同.pdf');
    await expect(preview.getByTestId('attachment-pdf-error')).toContainText(
      '无法预览此PDF：文件设有打开密码',
    );
    await expect(download).toBeVisible();
    await page.screenshot({ path: '/tmp/pdfprev/pdf-locked.png' });
  });

  test('Chinese text in a font the PDF does not embed (宋体) is drawn', async ({ page, app }) => {
    const panel = await companyWith(page, app.url, { '项目入园申请表.pdf': songtiPdf('项目入园申请表') });
    await openPreview(panel, '项目入园申请表.pdf');
    const canvas = page.getByTestId('attachment-preview').getByTestId('attachment-pdf-canvas');
    await expect(canvas).toHaveAttribute('data-drawn', 'true');
    // Seven characters at 40 pt: without the CMap pdf.js draws an empty page.
    expect((await ink(canvas)).dark).toBeGreaterThan(INKED);
    await page.screenshot({ path: '/tmp/pdfprev/pdf-songti.png' });
  });
});
