import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

/** A section's title with its count, and a link at the right (“查看全部”, “新增”). */
export function SectionHead({ title, count, extra }: { title: string; count?: number; extra?: ReactNode }) {
  return (
    <Flex justify="space-between" align="baseline" className="story-section-head">
      <Typography.Text strong>
        {title}
        {count !== undefined && <span className="story-count">{count}</span>}
      </Typography.Text>
      {extra}
    </Flex>
  );
}
