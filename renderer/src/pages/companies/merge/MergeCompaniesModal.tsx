import { SwapOutlined } from '@ant-design/icons';
import { Alert, App, Button, Col, Modal, Radio, Row, Table, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MergePreview, MergeResult } from '@contract/companyMerge/schema';
import { companyNameKey } from '@contract/shared/companyName';
import { call, errorMessage } from '../../../api';
import { CompanySelect } from '../../../components/CompanySelect';
import { usePrefs } from '../../../prefs';
import { defaultChoice, display, mergeRows, type MergeRow, type Side } from './mergeFields';
import { isMoved, MOVED_LABEL } from './movedLabels';

interface Props {
  /** Companies ticked in the grid, to start from. */
  initial: { id: number; name: string }[];
  onClose(): void;
  onMerged(result: MergeResult, keepName: string, dropName: string): void;
}

/** Side by side: pick the value to keep for each field, see what moves, merge (undoable). */
export function MergeCompaniesModal({ initial, onClose, onMerged }: Props) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const { moneyUnit } = usePrefs();
  const [keepId, setKeepId] = useState<number | null>(initial[0]?.id ?? null);
  const [dropId, setDropId] = useState<number | null>(initial[1]?.id ?? null);
  const [preview, setPreview] = useState<MergePreview | null>(null);
  const [choice, setChoice] = useState<Record<string, Side>>({});
  const [busy, setBusy] = useState(false);
  const rows = useMemo(() => mergeRows(t), [t]);
  const ready = keepId !== null && dropId !== null && keepId !== dropId;

  useEffect(() => {
    if (!ready) return undefined;
    let live = true;
    call('companyMerge.preview', { keepId, dropId })
      .then((p) => {
        if (!live) return;
        setPreview(p);
        setChoice(Object.fromEntries(rows.map((r) => [r.key, defaultChoice(p.keep, p.drop, r)])));
      })
      .catch((e: unknown) => live && message.error(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [ready, keepId, dropId, rows, message]);

  const shown = preview && ready && preview.keep.id === keepId && preview.drop.id === dropId ? preview : null;
  const visibleRows = shown
    ? rows.filter((r) => display(shown.keep, r, t, moneyUnit) || display(shown.drop, r, t, moneyUnit))
    : [];

  const merge = () => {
    if (!shown) return;
    const { keep, drop } = shown;
    modal.confirm({
      title: t('companyMerge.confirmTitle'),
      content: t('companyMerge.confirmBody', { keep: keep.name, drop: drop.name }),
      okText: t('companyMerge.confirm'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        setBusy(true);
        try {
          const fromDrop = rows.filter((r) => choice[r.key] === 'drop').flatMap((r) => r.fields);
          const result = await call('companyMerge.apply', { keepId: keep.id, dropId: drop.id, fromDrop });
          onMerged(result, keep.name, drop.name);
        } catch (e) {
          message.error(errorMessage(e));
        } finally {
          setBusy(false);
        }
      },
    });
  };

  const side = (which: Side) => ({
    title: which === 'keep' ? t('companyMerge.keep') : t('companyMerge.drop'),
    key: which,
    render: (_: unknown, r: MergeRow) => {
      const text = shown ? display(shown[which], r, t, moneyUnit) : '';
      const same = shown && display(shown.keep, r, t, moneyUnit) === display(shown.drop, r, t, moneyUnit);
      return (
        <Radio
          checked={choice[r.key] === which}
          disabled={!!same}
          onChange={() => setChoice((c) => ({ ...c, [r.key]: which }))}
        >
          <span className="merge-value" title={text}>
            {text || <Typography.Text type="secondary">{t('companyMerge.empty')}</Typography.Text>}
          </span>
        </Radio>
      );
    },
  });

  const moves = shown
    ? Object.entries(shown.moves).flatMap(([k, n]) =>
        n > 0 && isMoved(k) ? [`${t(MOVED_LABEL[k])} ${n}`] : [],
      )
    : [];

  return (
    <Modal
      open
      width={960}
      title={t('companyMerge.title')}
      onCancel={onClose}
      rootClassName="merge-modal"
      okText={t('companyMerge.confirm')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: !shown, loading: busy }}
      onOk={merge}
    >
      <Row gutter={12} align="bottom" style={{ marginBottom: 12 }}>
        <Col flex="1">
          <Typography.Text strong>{t('companyMerge.keep')}</Typography.Text>
          <CompanySelect value={keepId} onChange={(v) => setKeepId(v)} placeholder={t('companyMerge.pick')} />
        </Col>
        <Col>
          <Button
            icon={<SwapOutlined />}
            aria-label={t('companyMerge.swap')}
            title={t('companyMerge.swap')}
            onClick={() => {
              setKeepId(dropId);
              setDropId(keepId);
            }}
          />
        </Col>
        <Col flex="1">
          <Typography.Text strong>{t('companyMerge.drop')}</Typography.Text>
          <CompanySelect value={dropId} onChange={(v) => setDropId(v)} placeholder={t('companyMerge.pick')} />
        </Col>
      </Row>
      {!ready ? (
        <Alert type="info" showIcon message={t('companyMerge.pickBoth')} />
      ) : (
        <>
          {shown && companyNameKey(shown.keep.name) !== companyNameKey(shown.drop.name) && (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 8 }}
              message={t('companyMerge.namesDiffer')}
            />
          )}
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            {t('companyMerge.chooseHint')}
          </Typography.Paragraph>
          <Table<MergeRow>
            size="small"
            rowKey="key"
            pagination={false}
            loading={!shown}
            dataSource={visibleRows}
            scroll={{ y: 360 }}
            columns={[
              { title: t('companyMerge.field'), dataIndex: 'label', key: 'label', width: 150 },
              side('keep'),
              side('drop'),
            ]}
          />
          {shown && (
            <Alert
              style={{ marginTop: 12 }}
              type="warning"
              showIcon
              message={
                (moves.length
                  ? `${t('companyMerge.moves')}${moves.join('、')}`
                  : t('companyMerge.movesNone')) +
                (shown.contactTwins ? t('companyMerge.contactTwins', { count: shown.contactTwins }) : '')
              }
            />
          )}
        </>
      )}
    </Modal>
  );
}
