import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';

interface Props {
  step: number;
  canNext: boolean;
  canStart: boolean;
  hasErrors: boolean;
  onBack(): void;
  onRestart(): void;
  onErrors(): void;
  onNext(): void;
  onStart(): void;
}

/** Back, start over, the error report and next / 开始导入: kept at the bottom of the screen (import.css). */
export function WizardActions({
  step,
  canNext,
  canStart,
  hasErrors,
  onBack,
  onRestart,
  onErrors,
  onNext,
  onStart,
}: Props) {
  const { t } = useTranslation();
  return (
    <Space className="import-actions">
      {step > 0 && <Button onClick={onBack}>{t('dataFiles.back')}</Button>}
      {step > 0 && <Button onClick={onRestart}>{t('dataFiles.restart')}</Button>}
      {step === 3 && hasErrors && <Button onClick={onErrors}>{t('dataFiles.downloadErrors')}</Button>}
      {step < 3 && (
        <Button type="primary" disabled={!canNext} onClick={onNext}>
          {t('dataFiles.next')}
        </Button>
      )}
      {step === 3 && (
        <Button type="primary" disabled={!canStart} onClick={onStart}>
          {t('dataFiles.start')}
        </Button>
      )}
    </Space>
  );
}
