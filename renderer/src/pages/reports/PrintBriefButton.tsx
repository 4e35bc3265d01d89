import { PrinterOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../router';

/** "打印简报" / "打印出访手册" where people are (a company, a trip): opens 报表打印 on that document. */
export function PrintBriefButton({ kind, id }: { kind: 'company' | 'trip'; id: number }) {
  const { t } = useTranslation();
  return (
    <Button icon={<PrinterOutlined />} onClick={() => navigate('/reports', { doc: kind, id: String(id) })}>
      {t(kind === 'trip' ? 'reports.printDossier' : 'reports.printBrief')}
    </Button>
  );
}
