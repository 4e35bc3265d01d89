import { createContext, useContext } from 'react';
import type { MoneyUnit } from '../format/money';

/** What every printed document needs besides its data: units, the print day, editing. */
export interface PrintEnv {
  moneyUnit: MoneyUnit;
  /** The day printed, YYYY-MM-DD. */
  printedOn: string;
  /** In the in-app preview: fields such as 我方洽谈要点 can be edited in place. */
  editable: boolean;
  /** Called after an in-place edit was saved, to read the document again. */
  onEdited?: () => void;
}

export const PrintEnvContext = createContext<PrintEnv>({
  moneyUnit: 'wan',
  printedOn: '',
  editable: false,
});

export const usePrintEnv = (): PrintEnv => useContext(PrintEnvContext);
