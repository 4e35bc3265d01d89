import type * as PdfJsModule from 'pdfjs-dist';
import type { PDFDocumentLoadingTask } from 'pdfjs-dist';
import type { BundledCMaps } from './pdfCMaps';

// pdf.js's legacy build: the modern one calls Map.getOrInsertComputed and Math.sumPrecise
// unguarded, which only the newest Chromium releases have; the legacy build carries polyfills,
// so the preview does not hang on which Chromium the Electron of the day brings.
interface PdfJs {
  pdfjs: typeof PdfJsModule;
  cmaps: typeof BundledCMaps;
}

let loaded: Promise<PdfJs> | undefined;

/**
 * pdf.js and the CMaps' index, loaded the first time a PDF is opened (chunks of their own: the
 * entry chunk and the 附件 panel do not carry them). Its worker is bundled with the interface and
 * started from 'self', as the CSP's worker-src allows; nothing is fetched from outside.
 */
function loadPdfJs(): Promise<PdfJs> {
  loaded ??= Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('./pdfCMaps')]).then(
    ([pdfjs, { BundledCMaps: cmaps }]) => {
      pdfjs.GlobalWorkerOptions.workerPort = new Worker(
        new URL('pdfjs-dist/legacy/build/pdf.worker.min.mjs', import.meta.url),
        { type: 'module' },
      );
      return { pdfjs: pdfjs as typeof PdfJsModule, cmaps };
    },
  );
  return loaded;
}

/**
 * Opens a PDF from its bytes, with nothing the CSP forbids: pdf.js 6 no longer compiles glyphs
 * with eval (so no isEvalSupported to turn off), and wasm would need 'wasm-unsafe-eval'.
 */
export async function openPdf(data: Uint8Array): Promise<PDFDocumentLoadingTask> {
  const { pdfjs, cmaps } = await loadPdfJs();
  return pdfjs.getDocument({
    data,
    // Image decoders in plain JavaScript: compiling their wasm is what script-src 'self' forbids.
    useWasm: false,
    // Nothing fetched by the worker: the CMaps it asks for come from the bundle, through this page.
    useWorkerFetch: false,
    BinaryDataFactory: cmaps,
    cMapPacked: true,
    enableXfa: false,
  });
}
