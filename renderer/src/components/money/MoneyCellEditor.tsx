import type { CustomCellEditorProps } from 'ag-grid-react';
import { useGridCellEditor } from 'ag-grid-react';
import { App, type InputRef } from 'antd';
import { useEffect, useRef } from 'react';
import { isRefusal, type MoneyFieldValue } from '../../format/moneyInput';
import type { MoneyUnit } from '../../format/money';
import { MoneyInput } from './MoneyInput';

/**
 * A money column's cell editor: the same box as the forms, in a popup so its "= 12,000 万元"
 * shows under the cell. Text it cannot read is refused out loud when editing ends — the cell
 * keeps its old value and the message says what to type instead.
 */
export function MoneyCellEditor({
  value,
  onValueChange,
  eventKey,
  unit,
}: CustomCellEditorProps<unknown, number> & { unit?: MoneyUnit }) {
  const { message } = App.useApp();
  const input = useRef<InputRef>(null);
  const latest = useRef<MoneyFieldValue | undefined>(value);

  useEffect(() => {
    input.current?.focus();
    // Opened with F2 or Enter: select the figure so typing replaces it, as in a spreadsheet.
    if (!eventKey || eventKey.length !== 1) input.current?.select();
  }, [eventKey]);

  useGridCellEditor({
    isCancelAfterEnd: () => {
      const v = latest.current;
      if (!isRefusal(v)) return false;
      message.error(`未保存：${v.refused}`);
      return true;
    },
  });

  return (
    <div className="money-cell-editor">
      <MoneyInput
        inputRef={input}
        value={value}
        initialText={eventKey && eventKey.length === 1 ? eventKey : undefined}
        showRefusal
        unit={unit}
        onChange={(v) => {
          latest.current = v;
          if (!isRefusal(v)) onValueChange(v);
        }}
      />
    </div>
  );
}
