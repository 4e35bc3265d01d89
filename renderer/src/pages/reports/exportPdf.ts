import { call } from '../../api';

export type Exported = { saved: 'dialog'; path: string } | { saved: 'download'; fileName: string } | null;

/**
 * Asks the host for the PDF of a print route. The desktop app saves it through its own save
 * dialog (main/files.ts); the browser preview receives the file and saves it as a download.
 * Resolves with where it went, or null when the person cancelled the dialog.
 */
export async function exportPdf(route: string): Promise<Exported> {
  const r = await call('print.pdf', { route, save: window.api.host === 'electron' });
  if (r.cancelled) return null;
  if (r.savedPath) return { saved: 'dialog', path: r.savedPath };
  if (!r.base64) return null;
  const binary = atob(r.base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = r.fileName;
  link.click();
  // The download has its own copy by the time the click returns; the URL can go soon after.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
  return { saved: 'download', fileName: r.fileName };
}
