/**
 * What only the desktop host can do, handed to handlers through the context: the browser
 * preview has none of it, and handlers say so instead of failing. main/files.ts implements it
 * with Electron's dialog and shell; nothing under main/api imports electron.
 */
export interface HostServices {
  /** The open-file dialog, then the file read in the main process; null when cancelled. */
  pickFile(): Promise<{ name: string; bytes: Uint8Array } | null>;
  /** Shows a folder in the system file manager. */
  openFolder(path: string): Promise<void>;
  /** The save-file dialog, then the bytes written there; the path, or null when cancelled. */
  saveFile?(suggestedName: string, bytes: Uint8Array): Promise<string | null>;
  /** The open dialog for a 同步包, then the file read in the main process; null when cancelled. */
  pickSyncBundle?(): Promise<{ name: string; bytes: Uint8Array } | null>;
  /** The open dialog for a backup file; its path stays in the main process. Null when cancelled. */
  pickBackup?(): Promise<{ name: string; path: string } | null>;
  /** The save dialog for a backup (e.g. onto a USB stick), then the file copied there; null when cancelled. */
  saveBackupCopy?(suggestedName: string, sourcePath: string): Promise<string | null>;
}
