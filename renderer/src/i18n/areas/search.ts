// Header search (Ctrl+K) and 工作台's follow-ups (Chinese only: the app has no English mode).
export const zh = {
  search: {
    placeholder: '搜索企业、项目、联系人（Ctrl+K）',
    groups: { company: '企业', project: '项目', contact: '联系人' },
    searching: '正在搜索…',
    tips: '可输入名称中的任意两个字、全拼（haikang）、首字母（hkws）、手机号或尾号、统一社会信用代码',
    noResult: '没有找到与“{{q}}”相关的企业、项目或联系人',
    more: '只列出最相关的几条；再多输入几个字可以缩小范围',
    keys: '↑↓ 选择　Enter 打开　Esc 关闭',
    matchedBy: { name: '名称', pinyin: '拼音', initials: '首字母', phone: '电话', creditCode: '信用代码' },
  },
  followUps: {
    title: '待跟进',
    tabs: { today: '今日到期', overdue: '已逾期', issues: '逾期诉求' },
    today: '今天',
    overdueDays: '逾期 {{count}} 天',
    source: { project: '项目跟进', interaction: '洽谈约定' },
    noNote: '（未写跟进事项）',
    emptyToday: '今天没有到期的跟进事项。',
    emptyOverdue: '没有逾期的跟进事项，保持得很好。',
    emptyIssues: '没有超过办结时限的企业诉求。',
    more: '共 {{count}} 项，这里列出 {{shown}} 项',
    openIssues: '到“企业诉求”查看全部',
    openProjects: '到“招商项目”按下次跟进日期查看',
  },
};
