import { deflateSync } from 'node:zlib';
import type { Page } from '@playwright/test';
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

/** A one-page PDF with a correct cross-reference table. */
function contractPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    '<< /Length 58 >>\nstream\nBT /F1 24 Tf 72 760 Td (Investment Agreement) Tj ET\nendstream',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = out.length;
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
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
  await expect(preview.getByTestId('attachment-pdf')).toHaveAttribute('src', /^blob:/);
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
