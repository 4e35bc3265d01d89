import type { ReactNode } from 'react';

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二: the office numbers its sections this way. */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n] ?? String(n);
  if (n < 20) return `十${DIGITS[n - 10] ?? ''}`;
  return String(n);
}

/** A numbered section: 一、企业概况 (in English: 1. Profile). */
export function Section({
  no,
  title,
  extra,
  children,
}: {
  no: number;
  title: string;
  extra?: ReactNode;
  children: ReactNode;
}) {
  const label = `${chineseNumber(no)}、`;
  return (
    <section className="pd-section">
      <h2>
        {label}
        {title}
        {extra}
      </h2>
      {children}
    </section>
  );
}
