// Pure: the handshake between a PDF host and the print page it renders (renderer/src/print/
// PrintLayout.tsx). The page marks document.body.dataset once its document is complete:
//   printRoute  the route the shown document belongs to
//   printReady  '1' when data, fonts and charts are in; 'error' when it cannot be printed
//   printError  why not, in Chinese
// A host waits for printRoute to equal the route it asked for, so a document still showing
// from the previous print is never taken for the new one.

/**
 * Where a print page waits, loaded ahead of the first print: no document, so nothing is read.
 * It is not a printable route, so a host never takes it for a finished document.
 */
export const IDLE_PRINT_ROUTE = '/print/idle';

/** Fired on window to make the print page read its data again (the same route printed twice). */
export const REPRINT_EVENT = 'leadatlas:reprint';

export type PrintState = { state: 'ready' } | { state: 'error'; message: string };

interface PageGlobals {
  document: { body: { dataset: Record<string, string | undefined> } | null };
  location: { hash: string };
  dispatchEvent(event: unknown): boolean;
  Event: new (type: string) => unknown;
}

// The two functions below run inside the page (serialised by the host), so they use nothing
// from this module's scope: everything comes in as the argument.

/** In the page: forget the last document's flags and show `route`, read afresh. */
export function showRoute({ route, event }: { route: string; event: string }): void {
  const g = globalThis as unknown as PageGlobals;
  const flags = g.document.body?.dataset;
  if (flags) {
    delete flags.printReady;
    delete flags.printRoute;
    delete flags.printError;
  }
  if (g.location.hash === `#${route}`) g.dispatchEvent(new g.Event(event));
  else g.location.hash = route;
}

/** In the page: how the document for `route` stands; null while it is not complete yet. */
export function readPrintState(route: string): PrintState | null {
  const flags = (globalThis as unknown as PageGlobals).document.body?.dataset;
  if (!flags || flags.printRoute !== route) return null;
  if (flags.printReady === '1') return { state: 'ready' };
  if (flags.printReady === 'error') return { state: 'error', message: flags.printError || '报表未能生成' };
  return null;
}
