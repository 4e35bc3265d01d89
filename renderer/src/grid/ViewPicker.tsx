import { DeleteOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Input, Select, Space, Tooltip } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { SavedView, ViewGrid } from '@contract/views/schema';
import { call, errorMessage } from '../api';
import type { BuiltinView, GridViewState } from './viewState';

export type { BuiltinView } from './viewState';

interface Props {
  grid: ViewGrid;
  builtins: BuiltinView[];
  capture(): GridViewState | null;
  apply(state: GridViewState): void;
}

/** Built-in views, the user's saved views, and saving the current layout under a name. */
export function ViewPicker({ grid, builtins, capture, apply }: Props) {
  const { message, modal } = App.useApp();
  const [views, setViews] = useState<SavedView[]>([]);
  const [current, setCurrent] = useState<string | undefined>(undefined);

  const load = useCallback(() => {
    call('views.list', { grid })
      .then(setViews)
      .catch((e: unknown) => message.error(errorMessage(e)));
  }, [grid, message]);
  useEffect(load, [load]);

  const choose = (key: string | undefined) => {
    setCurrent(key);
    if (!key) return apply({});
    const builtin = builtins.find((b) => `b:${b.key}` === key);
    if (builtin) return apply(builtin.state());
    const saved = views.find((v) => `v:${v.id}` === key);
    if (saved) apply(saved.state as GridViewState);
  };

  const save = () => {
    const state = capture();
    if (!state) return;
    let name = views.find((v) => `v:${v.id}` === current)?.name ?? '';
    modal.confirm({
      title: '保存当前视图',
      content: (
        <Input
          defaultValue={name}
          maxLength={50}
          placeholder="视图名称，如：本周重点跟进"
          onChange={(e) => (name = e.target.value)}
        />
      ),
      okText: '保存',
      cancelText: '取消',
      onOk: async () => {
        try {
          const saved = await call('views.save', { grid, name, state: state as Record<string, unknown> });
          message.success(`视图“${saved.name}”已保存`);
          setCurrent(`v:${saved.id}`);
          load();
        } catch (e) {
          message.error(errorMessage(e));
          throw e;
        }
      },
    });
  };

  const remove = async () => {
    const saved = views.find((v) => `v:${v.id}` === current);
    if (!saved) return;
    try {
      await call('views.delete', { id: saved.id });
      setCurrent(undefined);
      load();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const userViews = views.filter((v) => !v.builtin);
  return (
    <Space.Compact>
      <Select
        allowClear
        placeholder="视图"
        value={current}
        onChange={choose}
        style={{ width: 170 }}
        aria-label="视图"
        options={[
          {
            label: '常用视图',
            options: builtins.map((b) => ({
              value: `b:${b.key}`,
              label: b.disabledReason ? <Tooltip title={b.disabledReason}>{b.name}</Tooltip> : b.name,
              disabled: !!b.disabledReason,
            })),
          },
          ...(userViews.length
            ? [{ label: '我的视图', options: userViews.map((v) => ({ value: `v:${v.id}`, label: v.name })) }]
            : []),
        ]}
      />
      <Tooltip title="保存当前列、排序和筛选为视图">
        <Button icon={<SaveOutlined />} onClick={save} aria-label="保存视图" />
      </Tooltip>
      {current?.startsWith('v:') && (
        <Tooltip title="删除此视图">
          <Button icon={<DeleteOutlined />} onClick={() => void remove()} aria-label="删除视图" />
        </Tooltip>
      )}
    </Space.Compact>
  );
}
