/** Long row lists ("第 3、4、5 … 行") are cut: the preview table and the report have them all. */
export const rowList = (rows: number[]): string =>
  rows.length > 12 ? `${rows.slice(0, 12).join('、')} 等 ${rows.length} 行` : rows.join('、');
