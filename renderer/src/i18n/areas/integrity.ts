// The notice shown when the background check finds the database file damaged. Chinese only.
export const zh = {
  integrity: {
    title: '数据库文件检查发现损坏，请暂停录入',
    problem: '检查结果：{{problem}}',
    withBackup:
      '最近一份完好的备份是 {{time}}（{{reason}}）。请关闭并重新打开招商通，启动时会提示用这份备份恢复，损坏的文件会改名保留；备份之后录入的内容需要补录。',
    noBackup: '目前没有可用的备份。请先不要关闭招商通，联系信息化管理员协助导出和修复数据。',
    showBackups: '查看备份',
  },
};
