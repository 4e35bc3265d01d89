// 报表打印 strings (the page and the printed documents) (Chinese only: the app has no English mode).
// Each document's own strings live in print/<document>.ts.
import * as company from './print/company';
import * as trip from './print/trip';
import * as weekly from './print/weekly';
import * as kpi from './print/kpi';
import * as targets from './print/targets';
export const zh = {
  reports: {
    title: '报表打印',
    choose: '选择报表',
    docs: { company: '客商简报', trip: '出访手册', weekly: '周调度', targets: '目标任务完成情况' },
    hints: {
      company: '会见客商前的“一页纸”：企业概况、联系人、项目、近期洽谈、待办诉求和我方洽谈要点。',
      trip: '外出招商随身带：封面、逐日行程、招商路线图，以及按走访顺序排列的每家企业简报。',
      weekly: '一周工作的调度材料：新增项目、阶段推进、签约到资、外出与接待、逾期跟进、企业诉求和目标进度。',
      targets: '全年目标任务对照序时进度：各项指标完成情况、月度走势和小分队排名。',
    },
    params: {
      company: '企业',
      trip: '外出招商行程',
      week: '周次',
      year: '年度',
      watermark: '加水印（内部资料 + 使用人姓名）',
      companyPlaceholder: '输入企业名称搜索',
      tripPlaceholder: '选择行程',
      noCompany: '没有找到企业',
    },
    pick: {
      company: '请先选择企业。也可以在“客商企业”中打开一家企业，点“打印简报”。',
      trip: '请先选择行程。还没有行程时，请到“外出招商”新建。',
    },
    preview: '打印预览',
    previewNote: 'A4 纵向，左侧留装订边；导出的 PDF 每页带页眉、页码和打印日期。',
    exportPdf: '导出 PDF',
    print: '打印',
    exporting: '正在生成 PDF…',
    exported: '已导出：{{name}}',
    printBrief: '打印简报',
    printDossier: '打印出访手册',
    loadFailed: '报表数据未能读取：{{message}}',
  },
  print: {
    internal: '内部资料',
    printedOn: '打印日期：{{date}}',
    asOf: '统计截至{{date}}',
    none: '无',
    weekNone: '本周无。',
    more: '另有 {{count}} 条未列出。',
    total: '合计',
    unitNote: '单位：{{unit}}',
    notRoute: '无法打印该页面：{{message}}',
    company: company.zh,
    trip: trip.zh,
    weekly: weekly.zh,
    kpi: kpi.zh,
    targets: targets.zh,
  },
};
