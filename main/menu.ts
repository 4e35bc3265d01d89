import type { MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  isPackaged: boolean;
  isMac: boolean;
  onAbout: () => void;
  onShowDataFolder: () => void;
}

/**
 * A short Chinese menu. The edit roles matter beyond the menu itself: on macOS copy and paste
 * shortcuts only work in text fields when these items exist.
 */
export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const developer: MenuItemConstructorOptions[] = options.isPackaged
    ? []
    : [
        { role: 'reload', label: '重新加载' },
        { role: 'toggleDevTools', label: '开发者工具' },
        { type: 'separator' },
      ];
  return [
    ...(options.isMac ? [{ role: 'appMenu' } as const] : []),
    {
      label: '文件',
      submenu: [
        { label: '打开数据所在文件夹', click: options.onShowDataFolder },
        { type: 'separator' },
        { role: options.isMac ? 'close' : 'quit', label: options.isMac ? '关闭窗口' : '退出' },
      ],
    },
    {
      label: '编辑',
      submenu: [
        { role: 'undo', label: '撤销' },
        { role: 'redo', label: '重做' },
        { type: 'separator' },
        { role: 'cut', label: '剪切' },
        { role: 'copy', label: '复制' },
        { role: 'paste', label: '粘贴' },
        { role: 'selectAll', label: '全选' },
      ],
    },
    {
      label: '视图',
      submenu: [
        ...developer,
        { role: 'resetZoom', label: '实际大小' },
        { role: 'zoomIn', label: '放大' },
        { role: 'zoomOut', label: '缩小' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: '全屏' },
      ],
    },
    { label: '帮助', submenu: [{ label: '关于招商通', click: options.onAbout }] },
  ];
}
