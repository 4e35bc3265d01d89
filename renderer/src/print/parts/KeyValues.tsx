import type { ReactNode } from 'react';

/** Label–value pairs two to a row, as on a registration form; empty values print as blanks. */
export function KeyValues({ pairs }: { pairs: [label: string, value: ReactNode][] }) {
  const rows: [string, ReactNode][][] = [];
  for (let i = 0; i < pairs.length; i += 2) rows.push(pairs.slice(i, i + 2));
  return (
    <table className="pd-table pd-kv">
      <tbody>
        {rows.map((row) => (
          <tr key={row[0]?.[0]}>
            {row.map(([label, value]) => [
              <th key={`${label}-k`}>{label}</th>,
              <td key={`${label}-v`}>{value}</td>,
            ])}
            {row.length === 1 && <td colSpan={2} />}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
