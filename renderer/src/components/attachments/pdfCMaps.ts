/// <reference types="vite/client" />
import { blobOf } from '../../grid/download';

/**
 * pdf.js's predefined Adobe CMaps, bundled: a PDF whose Chinese text uses a font it does not
 * embed (宋体 as STSong-Light, encoded UniGB-UCS2-H, as many government forms are) cannot be
 * read without them. Each is a small chunk of its own, loaded only when a PDF names it; inlined
 * as data, because the app's own protocol serves scripts, not .bcmap files.
 */
const CMAP_DIR = '../../../../node_modules/pdfjs-dist/cmaps/';
const CMAPS = import.meta.glob<string>('../../../../node_modules/pdfjs-dist/cmaps/*.bcmap', {
  query: '?url&inline',
  import: 'default',
});

/**
 * Stands in for pdf.js's BinaryDataFactory (which fetches from URLs): answers the worker's
 * requests for CMaps from the bundle. Standard fonts and wasm are not bundled: pdf.js then uses
 * the system's fonts and its JavaScript decoders.
 */
export class BundledCMaps {
  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    const load = kind === 'cMapUrl' ? CMAPS[`${CMAP_DIR}${filename}`] : undefined;
    if (!load) throw new Error(`${kind} ${filename} is not bundled with the app`);
    const dataUrl = await load();
    const bytes = await blobOf(
      dataUrl.slice(dataUrl.indexOf(',') + 1),
      'application/octet-stream',
    ).arrayBuffer();
    return new Uint8Array(bytes);
  }
}
