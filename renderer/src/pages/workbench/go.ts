import { createContext, useContext } from 'react';

/** Follows a drill-down link (a '#/…' hash from drill.ts). Apart from drill.ts so that module stays free of the DOM. */
export function go(url: string): void {
  window.location.hash = url;
}

/**
 * What following a figure's link does on this page. Office figures (全办公室) count the server's
 * rows, which this laptop may not hold and whose ids are not its own: their page puts a gate here
 * that says so instead of opening the wrong records.
 */
const FollowLink = createContext<(url: string) => void>(go);
export const FollowLinkProvider = FollowLink.Provider;
export const useGo = (): ((url: string) => void) => useContext(FollowLink);
