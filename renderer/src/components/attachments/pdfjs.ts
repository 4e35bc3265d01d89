import type * as PdfJsModule from 'pdfjs-dist';
import type { PDFDocumentLoadingTask } from 'pdfjs-dist';
import { BundledCMaps } from './pdfCMaps';

// pdf.js's legacy build: it brings its own polyfills (Map.getOrInsertComputed, Math.sumPrecise…)
// that the modern build expects from the very newest browsers; the Chromium inside the
// Electron we ship does not have all of them yet.
type PdfJs = typeof PdfJsModule;

let loaded: Promise<PdfJs> | undefined;

/**
 * pdf.js, loaded the first time a PDF is opened (a chunk of its own: the entry chunk does not
 * carry it). Its worker is bundled with the interface and started from 'self', as the CSP's
 * worker-src allows; nothing is fetched from outside.
 */
export function loadPdfJs(): Promise<PdfJs> {
  loaded ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((pdfjs: PdfJs) => {
    pdfjs.GlobalWorkerOptions.workerPort = new Worker(
      new URL('pdfjs-dist/legacy/build/pdf.worker.min.mjs', import.meta.url),
      { type: 'module' },
    );
    return pdfjs;
  });
  return loaded;
}

/**
 * Opens a PDF from its bytes, with nothing the CSP forbids: pdf.js 6 no longer compiles glyphs
 * with eval (so no isEvalSupported to turn off), and wasm would need 'wasm-unsafe-eval'.
 */
export async function openPdf(data: Uint8Array): Promise<PDFDocumentLoadingTask> {
  const pdfjs = await loadPdfJs();
  return pdfjs.getDocument({
    data,
    // Image decoders in plain JavaScript: compiling their wasm is what script-src 'self' forbids.
    useWasm: false,
    // Nothing fetched by the worker: the CMaps it asks for come from the bundle, through this page.
    useWorkerFetch: false,
    BinaryDataFactory: BundledCMaps,
    cMapPacked: true,
    enableXfa: false,
  });
}
