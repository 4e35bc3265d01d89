import { call } from '../../api';

/**
 * Asks the host for the PDF of a print route and saves it the way the browser saves any
 * download: in the desktop app that is Electron's save dialog, in the browser harness the
 * downloads folder. Resolves with the file name.
 */
export async function exportPdf(route: string): Promise<string> {
  const { base64, fileName } = await call('print.pdf', { route });
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has its own copy by the time the click returns; the URL can go soon after.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
  return fileName;
}
