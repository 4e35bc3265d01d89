// 疑似重复企业 strings (Chinese only: the app has no English mode).
export const zh = {
  companyTwins: {
    button: '疑似重复（{{count}}）',
    buttonHint: '名称只差括号、空格、“有限公司/股份有限公司”或省市写法的企业',
    title: '疑似重复企业',
    hint: '以下企业名称去掉括号、空格、“有限公司”等后缀和省市写法后相同，可能是同一家企业重复录入。合并时保留项目和联系人较多的一家，另一家的记录全部转入；确属不同企业的，点“不是重复”，以后不再提示。',
    more: '共 {{total}} 对，先列出前 {{shown}} 对，处理后再打开可看到其余的。',
    pair: '企业甲',
    other: '企业乙',
    actions: '操作',
    creditCode: '信用代码',
    noCode: '未填信用代码',
    counts: '项目 {{projects}} · 联系人 {{contacts}}',
    codesDiffer: '信用代码不同',
    codesDifferHint: '两家都填了统一社会信用代码且不相同，很可能是两个不同的法人，请核实后再合并',
    merge: '合并…',
    notTwins: '不是重复',
    notTwinsDone: '已标记“{{a}}”与“{{b}}”不是重复',
    mergeSelected: '合并所选（{{count}} 对）',
    bulkTitle: '合并所选的 {{count}} 对企业？',
    bulkBody:
      '每对保留项目和联系人较多的一家，另一家的项目、联系人、洽谈记录等全部转入，空白的字段取另一家的内容；同名且手机号相同的联系人合并为一人。合并后可以一次撤销。',
    bulkDone: '已合并 {{count}} 家重复企业',
    empty: '没有疑似重复的企业',
  },
};
