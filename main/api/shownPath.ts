import { homedir } from 'node:os';
import { sep } from 'node:path';

/**
 * A file's place as the interface shows it: the user's home folder as "~", so the renderer
 * learns where to look, not the account's name or the machine's layout. Opening the folder
 * is done by the main side, which keeps the real path.
 */
export function shownPath(absolute: string, home: string = homedir()): string {
  if (!home || home === sep) return absolute;
  const base = home.endsWith(sep) ? home.slice(0, -1) : home;
  if (absolute === base) return '~';
  return absolute.startsWith(base + sep) ? `~${absolute.slice(base.length)}` : absolute;
}
