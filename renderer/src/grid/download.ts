import type { DownloadFile } from '@contract/importers/schema';

/**
 * Hands a file from the main side to the person: the browser's download, which the desktop app
 * turns into its save dialog. No Node, no paths: the bytes travel as base64 in the answer.
 */
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The download's type follows its name: workbooks as xlsx, anything else (a backup) as bytes. */
export function saveDownload(
  file: DownloadFile,
  type = file.fileName.endsWith('.xlsx') ? XLSX : 'application/octet-stream',
): void {
  const url = URL.createObjectURL(blobOf(file.base64, type));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** Bytes that came as base64, as a Blob of the given type (for a download or a preview). */
export function blobOf(base64: string, type: string): Blob {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type });
}
