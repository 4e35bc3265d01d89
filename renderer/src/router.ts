import { useSyncExternalStore } from 'react';

/**
 * Hash routes (#/companies?q=…): the renderer is loaded from a file in Electron, where
 * history routes have no server to fall back to; print routes use the same scheme.
 */
export interface Route {
  path: string;
  params: URLSearchParams;
}

const read = (): string => window.location.hash.replace(/^#/, '') || '/workbench';
const subscribe = (cb: () => void): (() => void) => {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
};

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, read);
  const [path = '/workbench', query = ''] = hash.split('?');
  return { path, params: new URLSearchParams(query) };
}

export function navigate(path: string, params?: Record<string, string>): void {
  const qs = params ? new URLSearchParams(params).toString() : '';
  window.location.hash = qs ? `${path}?${qs}` : path;
}
