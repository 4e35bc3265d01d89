import { describe, expect, it } from 'vitest';
import {
  chromiumPdfOptions,
  electronPdfOptions,
  marginBoxCss,
  PAGE_MARGINS_MM,
  pdfFileName,
  printSpec,
} from '@contract/print/printOptions';
import { mondayOf, parsePrintRoute, printRoutePath, type PrintRoute } from '@contract/print/routes';

describe('print routes', () => {
  const routes: PrintRoute[] = [
    { doc: { kind: 'company', id: 12 }, watermark: false },
    { doc: { kind: 'trip', id: 3 }, watermark: true },
    { doc: { kind: 'weekly', from: '2024-05-20' }, watermark: false },
    { doc: { kind: 'targets', year: 2026 }, watermark: true },
  ];

  it('each document has one route, read back to the same document', () => {
    expect(routes.map(printRoutePath)).toEqual([
      '/print/company/12',
      '/print/trip/3?watermark=1',
      '/print/weekly?from=2024-05-20',
      '/print/targets?year=2026&watermark=1',
    ]);
    for (const r of routes) expect(parsePrintRoute(printRoutePath(r))).toEqual(r);
  });

  it('a 周调度 or 目标任务 of the whole office (全办公室) keeps saying so through its route', () => {
    const office: PrintRoute[] = [
      { doc: { kind: 'weekly', from: '2024-05-20', office: true }, watermark: true },
      { doc: { kind: 'targets', year: 2026, office: true }, watermark: false },
    ];
    expect(office.map(printRoutePath)).toEqual([
      '/print/weekly?from=2024-05-20&office=1&watermark=1',
      '/print/targets?year=2026&office=1',
    ]);
    for (const r of office) expect(parsePrintRoute(printRoutePath(r))).toEqual(r);
    expect(parsePrintRoute('/print/company/12&office=1')).toBeNull();
    expect(parsePrintRoute('/print/weekly?from=2024-05-20&watermark=1&office=1')).toBeNull();
  });

  it('anything but exactly one of the four routes is refused', () => {
    for (const bad of [
      '/companies',
      '#/print/company/12',
      '/print/company/0',
      '/print/company/12/../../settings',
      '/print/company/12?q=1',
      '/print/company/12?watermark=1&x=1',
      '/print/company/1e3',
      '/print/project/5',
      '/print/weekly?from=2024-02-30',
      '/print/weekly?year=2024',
      '/print/targets?year=1999',
      'javascript:alert(1)',
      'file:///etc/passwd',
      `/print/company/${'9'.repeat(20)}`,
    ]) {
      expect(parsePrintRoute(bad), bad).toBeNull();
    }
  });

  it('the office week starts on Monday', () => {
    expect(mondayOf('2024-05-26')).toBe('2024-05-20');
    expect(mondayOf('2024-05-20')).toBe('2024-05-20');
    expect(mondayOf('2025-01-01')).toBe('2024-12-30');
  });
});

describe('page set-up shared by both PDF hosts', () => {
  const spec = printSpec('2026-11-22');

  it('A4 with the binding margin on the left, the same in both hosts', () => {
    const e = electronPdfOptions(spec);
    const c = chromiumPdfOptions(spec);
    expect(e.pageSize).toBe('A4');
    expect(c.format).toBe('A4');
    expect(PAGE_MARGINS_MM.left).toBeGreaterThan(PAGE_MARGINS_MM.right);
    expect(e.margins.left * 25.4).toBeCloseTo(PAGE_MARGINS_MM.left, 2);
    expect(e.margins.top * 25.4).toBeCloseTo(PAGE_MARGINS_MM.top, 2);
    expect(c.margin).toEqual({ top: '20mm', right: '15mm', bottom: '18mm', left: '25mm' });
    expect([e.headerTemplate, e.footerTemplate]).toEqual([c.headerTemplate, c.footerTemplate]);
    expect(e.displayHeaderFooter && c.displayHeaderFooter && e.printBackground && c.printBackground).toBe(
      true,
    );
  });

  it('page header with the title and 内部资料; footer 第 X 页 / 共 Y 页 and the print date', () => {
    expect(spec.headerTemplate).toContain('<span class="title"></span>');
    expect(spec.headerTemplate).toContain('内部资料');
    expect(spec.footerTemplate).toContain(
      '第 <span class="pageNumber"></span> 页 / 共 <span class="totalPages"></span> 页',
    );
    expect(spec.footerTemplate).toContain('打印日期：2026年11月22日');
  });

  it('the system print dialog gets the same header and footer as margin boxes, quoted safely', () => {
    const css = marginBoxCss('客商简报："某"公司\\', '2026-11-22');
    expect(css).toContain('counter(page)');
    expect(css).toContain('counter(pages)');
    expect(css).toContain('content: "客商简报：\\"某\\"公司\\\\"');
  });

  it('file names keep the title and drop what Windows forbids', () => {
    expect(pdfFileName('客商简报-杭州海康威视数字技术股份有限公司', '2026-11-22')).toBe(
      '客商简报-杭州海康威视数字技术股份有限公司-20261122.pdf',
    );
    expect(pdfFileName('出访手册-a/b:c*d?', '2026-11-22')).toBe('出访手册-a-b-c-d-20261122.pdf');
  });
});
