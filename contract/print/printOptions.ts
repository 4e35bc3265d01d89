// Pure: the page set-up of every printed document, in one place for both hosts. Electron's
// webContents.printToPDF and Chromium's page.pdf (the browser harness) take the same Chromium
// print settings under different names; the adapters below only rename them, so the desktop
// app and the tests produce the same pages. The renderer reads the margins for its @page rule.
// No tagged PDF or outline: on a 30-company dossier they cost about a fifth of the print time.

/** A4 portrait; the wide left margin leaves room for binding (装订线). */
export const PAGE = { widthMm: 210, heightMm: 297 } as const;
export const PAGE_MARGINS_MM = { top: 20, right: 15, bottom: 18, left: 25 } as const;

const FONT = `'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', sans-serif`;

const escapeHtml = (s: string): string =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

// Header and footer are separate little documents drawn in the page margins: they need their
// own font size (Chromium's default there is too small to read) and their own side padding to
// line up with the text block.
const band = (content: string, edge: 'top' | 'bottom'): string =>
  `<div style="box-sizing:border-box;width:100%;padding:0 ${PAGE_MARGINS_MM.right}mm 0 ${PAGE_MARGINS_MM.left}mm;` +
  `font-family:${FONT};font-size:8pt;color:#5c6675;-webkit-print-color-adjust:exact;">` +
  `<div style="display:flex;justify-content:space-between;align-items:flex-end;` +
  `${edge === 'top' ? 'border-bottom' : 'border-top'}:0.5pt solid #b7c0cc;` +
  `padding-${edge === 'top' ? 'bottom' : 'top'}:1.2mm;">${content}</div></div>`;

export interface PrintSpec {
  headerTemplate: string;
  footerTemplate: string;
  marginsMm: typeof PAGE_MARGINS_MM;
}

/** '2026-11-22' → '2026年11月22日', as the office dates its papers. */
export function zhDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso;
}

/**
 * The page header carries the document's title (the page's <title>) and 内部资料; the footer
 * 第 X 页 / 共 Y 页 and the print date (the office's day, YYYY-MM-DD).
 */
export function printSpec(printedOnIso: string): PrintSpec {
  const printedOn = zhDate(printedOnIso);
  return {
    headerTemplate: band(`<span class="title"></span><span>内部资料</span>`, 'top'),
    footerTemplate: band(
      `<span style="width:30%"></span>` +
        `<span>第 <span class="pageNumber"></span> 页 / 共 <span class="totalPages"></span> 页</span>` +
        `<span style="width:30%;text-align:right">打印日期：${escapeHtml(printedOn)}</span>`,
      'bottom',
    ),
    marginsMm: PAGE_MARGINS_MM,
  };
}

/** Electron's PrintToPDFOptions (margins in inches). */
export interface ElectronPdfOptions {
  pageSize: 'A4';
  landscape: false;
  printBackground: true;
  displayHeaderFooter: true;
  headerTemplate: string;
  footerTemplate: string;
  margins: { top: number; right: number; bottom: number; left: number };
  preferCSSPageSize: false;
}

const inches = (mm: number): number => Math.round((mm / 25.4) * 10_000) / 10_000;

export function electronPdfOptions(spec: PrintSpec): ElectronPdfOptions {
  const m = spec.marginsMm;
  return {
    pageSize: 'A4',
    landscape: false,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: spec.headerTemplate,
    footerTemplate: spec.footerTemplate,
    margins: { top: inches(m.top), right: inches(m.right), bottom: inches(m.bottom), left: inches(m.left) },
    preferCSSPageSize: false,
  };
}

/** Chromium's page.pdf options as Playwright names them (margins as CSS lengths). */
export interface ChromiumPdfOptions {
  format: 'A4';
  landscape: false;
  printBackground: true;
  displayHeaderFooter: true;
  headerTemplate: string;
  footerTemplate: string;
  margin: { top: string; right: string; bottom: string; left: string };
  preferCSSPageSize: false;
}

export function chromiumPdfOptions(spec: PrintSpec): ChromiumPdfOptions {
  const m = spec.marginsMm;
  return {
    format: 'A4',
    landscape: false,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: spec.headerTemplate,
    footerTemplate: spec.footerTemplate,
    margin: { top: `${m.top}mm`, right: `${m.right}mm`, bottom: `${m.bottom}mm`, left: `${m.left}mm` },
    preferCSSPageSize: false,
  };
}

/** The same page for the system print dialog (window.print()), which reads CSS only. */
export const PAGE_CSS = `@page { size: A4 portrait; margin: ${PAGE_MARGINS_MM.top}mm ${PAGE_MARGINS_MM.right}mm ${PAGE_MARGINS_MM.bottom}mm ${PAGE_MARGINS_MM.left}mm; }`;

const cssString = (s: string): string => `"${s.replace(/["\\\n]/g, (c) => (c === '\n' ? ' ' : `\\${c}`))}"`;

/**
 * Page header and footer as CSS margin boxes, for printing from the in-app preview through the
 * system dialog, where no header/footer templates exist. Only added while that print runs.
 */
export function marginBoxCss(title: string, printedOnIso: string): string {
  const small = `font-family: ${FONT}; font-size: 8pt; color: #5c6675;`;
  return `@page {
  @top-left { content: ${cssString(title)}; ${small} vertical-align: bottom; }
  @top-right { content: "内部资料"; ${small} vertical-align: bottom; }
  @bottom-center { content: "第 " counter(page) " 页 / 共 " counter(pages) " 页"; ${small} vertical-align: top; }
  @bottom-right { content: ${cssString(`打印日期：${zhDate(printedOnIso)}`)}; ${small} vertical-align: top; }
}`;
}

/** The file name offered when saving, e.g. '客商简报-海康威视-20261122.pdf'. */
export function pdfFileName(title: string, printedOnIso: string): string {
  const safe = title
    .replace(/[\\/:*?"<>|\s]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
  return `${safe || '报表'}-${printedOnIso.replaceAll('-', '')}.pdf`;
}
