import { InfoCircleOutlined } from '@ant-design/icons';
import { Tooltip } from 'antd';
import type { IndicatorRow } from './targetRows';

/** The indicator's name with its definition a hover away: what exactly is counted. */
export function IndicatorName({ data }: { data?: IndicatorRow }) {
  if (!data) return null;
  return (
    <Tooltip title={data.definition} placement="right">
      <span style={{ cursor: 'help' }}>
        {data.name} <InfoCircleOutlined style={{ color: '#a3abb7', fontSize: 12 }} />
      </span>
    </Tooltip>
  );
}
