/** Where a page's figures come from: this laptop's ledger, or the office server's (全办公室). */
export type FigureSource = 'local' | 'office';

/** The URL's word for it (&src=office), the same on every page that offers the switch. */
export const readSource = (params: URLSearchParams): FigureSource =>
  params.get('src') === 'office' ? 'office' : 'local';

/** 12月5日 14:30: when the office figures shown were received from the server. */
export function fetchedTime(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getMonth() + 1}月${d.getDate()}日 ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
