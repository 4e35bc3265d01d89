import { AutoComplete } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { usePrefs } from '../../prefs';

/**
 * 当前用户: who uses this copy of the database. It picks the projects of 我负责的 and signs every
 * change in the 修改记录, so it is chosen from the staff list (free text is allowed for someone
 * not on it yet) and saved when the field is left, not on every keystroke.
 */
export function CurrentUserField({ id }: { id?: string }) {
  const { t } = useTranslation();
  const { currentUser, setCurrentUser } = usePrefs();
  const [text, setText] = useState(currentUser);
  const [names, setNames] = useState<string[]>([]);
  // The saved name arrives after the first render (settings load from the database).
  const [shown, setShown] = useState(currentUser);
  if (shown !== currentUser) {
    setShown(currentUser);
    setText(currentUser);
  }
  useEffect(() => {
    call('staff.list', {
      limit: 500,
      sort: [{ col: 'name', dir: 'asc' }],
      filters: { active: { type: 'set', values: [true] } },
    })
      .then((p) => setNames([...new Set(p.rows.map((s) => s.name))]))
      .catch(() => setNames([]));
  }, []);
  const save = (value: string) => {
    const name = value.trim().slice(0, 50);
    if (name !== currentUser) setCurrentUser(name);
  };
  return (
    <AutoComplete
      id={id}
      value={text}
      options={names.filter((n) => n.includes(text.trim())).map((n) => ({ value: n }))}
      onChange={setText}
      onSelect={save}
      onBlur={() => save(text)}
      onKeyDown={(e) => e.key === 'Enter' && save(text)}
      placeholder={t('settings.currentUserPlaceholder')}
      allowClear
      maxLength={50}
      style={{ width: 260 }}
      data-testid="current-user"
    />
  );
}
