// The notice shown when the background check finds the database file damaged. zh-CN first.
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

export const en: typeof zh = {
  integrity: {
    title: 'The database file is damaged: please stop entering data',
    problem: 'Check result: {{problem}}',
    withBackup:
      'The newest good backup is from {{time}} ({{reason}}). Close and reopen LeadAtlas: at start it offers to restore that backup and keeps the damaged file under a new name. Anything entered after the backup must be entered again.',
    noBackup:
      'There is no backup yet. Keep LeadAtlas open and ask your IT administrator to help export and repair the data.',
    showBackups: 'Show backups',
  },
};
