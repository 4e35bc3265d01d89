// Which Node-only modules a built bundle loads: Node built-ins, Electron, the SQLite driver, and
// Vite's stand-in for a built-in that a browser build was asked to include.
const LOADS =
  /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*)["'](node:[\w/]+|fs|fs\/promises|path|os|child_process|worker_threads|crypto|electron|better-sqlite3[\w-]*)["']/g;

export function nodeOnlyModules(code: string): string[] {
  const found = new Set([...code.matchAll(LOADS)].map((m) => m[1]!));
  if (code.includes('__vite-browser-external')) found.add('__vite-browser-external');
  return [...found].sort();
}
