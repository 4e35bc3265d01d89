import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AreaKey } from '../layout/areas';
import { navigate } from '../router';

/** An honest page for areas whose screens are not built yet: says so, and where to go instead. */
export function ComingSoon({ area }: { area: AreaKey }) {
  const { t } = useTranslation();
  return (
    <Result
      status="info"
      title={t('comingSoon.title', { area: t(`nav.${area}`) })}
      subTitle={t('comingSoon.body')}
      extra={
        <Button type="primary" onClick={() => navigate('/companies')}>
          {t('nav.companies')}
        </Button>
      }
    />
  );
}
