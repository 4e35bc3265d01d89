import type { CustomCellRendererProps } from 'ag-grid-react';
import type { CompanyRow } from '@contract/companies/schema';
import type { CompanySection } from './story/sections';

export interface CountLinkParams {
  section: CompanySection;
  /** “查看该企业的项目”, read aloud and shown on hover. */
  title: string;
  onOpen(id: number, section: CompanySection): void;
}

/** 项目数 / 联系人 in the companies grid: a link that opens the company on that tab. */
export function CountLinkCell(p: CustomCellRendererProps<CompanyRow, number> & CountLinkParams) {
  const row = p.data;
  if (!row || p.value === null || p.value === undefined) return null;
  const open = () => p.onOpen(row.id, p.section);
  return (
    <a
      role="link"
      tabIndex={0}
      className="count-link"
      title={p.title}
      aria-label={`${p.title}（${p.value}）`}
      onClick={(e) => {
        e.stopPropagation();
        open();
      }}
      onKeyDown={(e) => e.key === 'Enter' && open()}
    >
      {p.value}
    </a>
  );
}
