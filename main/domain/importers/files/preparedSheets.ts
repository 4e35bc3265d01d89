import type { Grid, SheetSource } from './grid';

/**
 * `sheet` and `prepare` of a workbook from a plain and a sliced reader. A prepared sheet is held
 * until `sheet` hands it over; after that only weakly, so whoever keeps the grid decides how long
 * it stays in memory, and preparing the same sheet again meanwhile costs nothing.
 */
export function preparedSheets(
  read: (index: number) => Grid,
  readSliced: (index: number) => Promise<Grid>,
): Pick<SheetSource, 'sheet' | 'prepare'> {
  let last: { index: number; held: Grid | null; weak: WeakRef<Grid> } | null = null;
  let pending: { index: number; done: Promise<void> } | null = null;
  const known = (index: number): Grid | undefined =>
    last?.index === index ? (last.held ?? last.weak.deref()) : undefined;
  return {
    sheet(index) {
      const grid = known(index) ?? read(index);
      last = { index, held: null, weak: new WeakRef(grid) };
      return grid;
    },
    prepare(index) {
      if (known(index)) return Promise.resolve();
      if (pending?.index === index) return pending.done;
      const done = readSliced(index)
        .then((grid) => {
          last = { index, held: grid, weak: new WeakRef(grid) };
        })
        .finally(() => {
          if (pending?.done === done) pending = null;
        });
      pending = { index, done };
      return done;
    },
  };
}
