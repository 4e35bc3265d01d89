/** Follows a drill-down link (a '#/…' hash from drill.ts). Apart from drill.ts so that module stays free of the DOM. */
export function go(url: string): void {
  window.location.hash = url;
}
