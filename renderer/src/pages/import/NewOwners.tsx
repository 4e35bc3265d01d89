import { Alert, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NewOwner, OwnerChoice, OwnerChoiceKind } from '@contract/importers/schema';
import { OWNER_CHOICES } from '@contract/importers/schema';
import { StaffSelect } from '../../components/StaffSelect';
import { rowList } from './rowList';

interface Props {
  owners: NewOwner[];
  onChoose(choice: OwnerChoice): void;
}

/**
 * 新建人员？ Each 责任人 name nobody on the staff list has, with its rows and a choice: add the
 * person, take them as someone already listed (a nickname, a typo), or leave the owner empty.
 */
export function NewOwners({ owners, onChoose }: Props) {
  const { t } = useTranslation();
  if (owners.length === 0) return null;
  return (
    <Alert
      type="info"
      showIcon
      data-testid="import-new-owners"
      title={t('dataFiles.newOwners')}
      description={
        <Space orientation="vertical" size={6} style={{ width: '100%' }}>
          {owners.map((o) => (
            <OwnerRow key={o.name} owner={o} onChoose={onChoose} />
          ))}
        </Space>
      }
    />
  );
}

function OwnerRow({ owner, onChoose }: { owner: NewOwner; onChoose(choice: OwnerChoice): void }) {
  const { t } = useTranslation();
  // "对应已有人员" waits for the person to be picked before the preview is asked again.
  const [mode, setMode] = useState<OwnerChoiceKind>(owner.choice);
  return (
    <Space wrap size={12} data-testid="import-new-owner">
      <Typography.Text strong>{owner.name}</Typography.Text>
      <Typography.Text type="secondary">
        {t('dataFiles.ownerRows', { rows: rowList(owner.rows) })}
      </Typography.Text>
      <Radio.Group
        value={mode}
        aria-label={owner.name}
        onChange={(e) => {
          const choice = e.target.value as OwnerChoiceKind;
          setMode(choice);
          if (choice !== 'map') onChoose({ name: owner.name, choice });
        }}
      >
        {OWNER_CHOICES.map((c) => (
          <Radio key={c} value={c}>
            {t(`dataFiles.ownerChoice.${c}`)}
          </Radio>
        ))}
      </Radio.Group>
      {mode === 'map' && (
        <div style={{ width: 200 }}>
          <StaffSelect
            placeholder={t('dataFiles.pickStaff')}
            value={owner.choice === 'map' ? (owner.staffId ?? null) : null}
            onChange={(staffId) => staffId !== null && onChoose({ name: owner.name, choice: 'map', staffId })}
          />
        </div>
      )}
    </Space>
  );
}
