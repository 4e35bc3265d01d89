import { ensureChinaMap } from '../charts/chinaMap';

/** The print stylesheet's first face and the weights its headings and tables use (print.css). */
const PRINT_FACE = '"Noto Sans CJK SC"';
const PRINT_WEIGHTS = [400, 600, 700] as const;

/**
 * What the first printed document would otherwise wait for, done while the print page idles
 * (contract/print/printPage.ts IDLE_PRINT_ROUTE): the provinces map a trip dossier draws its
 * route on (460 KB of outlines to parse and register) and each weight of the CJK face, whose
 * files the browser reads only when a glyph first needs them.
 */
export function warmUpPrinting(): void {
  void ensureChinaMap().catch(() => undefined);
  for (const weight of PRINT_WEIGHTS) {
    void document.fonts.load(`${weight} 16px ${PRINT_FACE}`, '招商引资项目').catch(() => undefined);
  }
}
