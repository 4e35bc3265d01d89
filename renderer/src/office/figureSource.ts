/** Where a page's figures come from: this laptop's ledger, or the office server's (全办公室). */
export type FigureSource = 'local' | 'office';

/** The URL's word for it (&src=office), the same on every page that offers the switch. */
export const readSource = (params: URLSearchParams): FigureSource =>
  params.get('src') === 'office' ? 'office' : 'local';
