// 「本机数据 | 全办公室」: office-wide figures from the office server on a 小分队 laptop.
export const zh = {
  officeFigures: {
    label: '数据范围',
    local: '本机数据',
    office: '全办公室',
    localHint: '按本机台账统计（本小分队及已同步到本机的记录）',
    officeHint: '按办公室服务器上的全办公室台账统计',
    fetched: '全办公室数据，截至 {{time}} 同步',
    offline: '无法连接办公室服务器，显示的是上次同步的全办公室数据（截至 {{time}}）',
    signedOut: '未登录办公室服务器，显示的是上次同步的全办公室数据（截至 {{time}}）',
    loading: '正在向办公室服务器查询…',
    noDrill:
      '全办公室数据的明细在办公室服务器上，本机只有本小分队的记录，不能逐条打开。请切换到「本机数据」查看本机记录。',
    printNote: '全办公室数据（办公室服务器汇总），截至 {{time}} 同步',
    teamFilterOff: '全办公室数据按全办公室统计',
  },
};
