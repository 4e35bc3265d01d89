import type { CSSProperties } from 'react';

const escapeXml = (s: string): string =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );

/**
 * The watermark as a tiled background of faint, slanted text: it repeats over every page of a
 * document of any length, in the preview and on paper alike, and never enters the text layer
 * (copying or searching the PDF finds only the document).
 */
export function watermarkStyle(text: string): CSSProperties {
  const svg =
    `<svg xmlns='http://www.w3.org/2000/svg' width='300' height='200'>` +
    `<text x='150' y='105' text-anchor='middle' transform='rotate(-28 150 100)' ` +
    `font-family='Noto Sans CJK SC, Microsoft YaHei, sans-serif' font-size='18' fill='rgba(29,37,48,0.08)'>` +
    `${escapeXml(text)}</text></svg>`;
  return {
    backgroundImage: `url("data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}")`,
    backgroundRepeat: 'repeat',
  };
}
