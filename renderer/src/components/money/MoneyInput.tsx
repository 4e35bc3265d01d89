import { Input, type InputRef } from 'antd';
import { useEffect, useRef, useState, type CSSProperties, type Ref } from 'react';
import {
  isRefusal,
  moneyEditText,
  moneyPreview,
  typedMoney,
  type MoneyFieldValue,
} from '../../format/moneyInput';
import { MONEY_UNIT_LABEL, type MoneyUnit } from '../../format/money';
import { usePrefs } from '../../prefs';
import './money.css';

interface Props {
  /** Whole yuan (null = empty); a refusal while the text cannot be read. */
  value?: MoneyFieldValue;
  onChange?(value: MoneyFieldValue): void;
  /** Text to open on instead of the value (a grid cell started by typing a key). */
  initialText?: string;
  id?: string;
  style?: CSSProperties;
  autoFocus?: boolean;
  inputRef?: Ref<InputRef>;
  /** Show the refusal under the box too (a grid cell has no form item to show it). */
  showRefusal?: boolean;
  /** The unit of a bare number when not the user's setting (targets are typed in 亿元). */
  unit?: MoneyUnit;
}

/**
 * The one money box: takes 1.2亿, 8000万, 3000元 or a bare number in the user's 万元/亿元, and
 * shows what it will save ("= 12,000 万元") before anything is saved. Its value is whole yuan.
 */
export function MoneyInput({
  value,
  onChange,
  initialText,
  id,
  style,
  autoFocus,
  inputRef,
  showRefusal,
  unit,
}: Props) {
  const prefs = usePrefs();
  const moneyUnit = unit ?? prefs.moneyUnit;
  const [text, setText] = useState(() => initialText ?? moneyEditText(value, moneyUnit));
  const emitted = useRef<MoneyFieldValue | undefined>(value);

  // A value set from outside (record loaded, form reset) replaces the text; our own echo does not.
  useEffect(() => {
    if (value === emitted.current) return;
    emitted.current = value;
    setText(moneyEditText(value, moneyUnit));
  }, [value, moneyUnit]);

  const reading = typedMoney(text, moneyUnit);
  return (
    <div className="money-input" style={style}>
      <Input
        id={id}
        ref={inputRef}
        value={text}
        autoFocus={autoFocus}
        inputMode="decimal"
        // The field's unit applies to a bare number only; 1.2亿 says its own.
        suffix={/[亿万元]/.test(text) ? <span /> : MONEY_UNIT_LABEL[moneyUnit]}
        status={showRefusal && isRefusal(reading) ? 'error' : undefined}
        onChange={(e) => {
          setText(e.target.value);
          const next = typedMoney(e.target.value, moneyUnit);
          emitted.current = next;
          onChange?.(next);
        }}
      />
      {typeof reading === 'number' && (
        <div className="money-preview" data-testid="money-preview">
          = {moneyPreview(reading, moneyUnit)}
        </div>
      )}
      {showRefusal && isRefusal(reading) && (
        <div className="money-refusal" role="alert">
          {reading.refused}
        </div>
      )}
    </div>
  );
}
