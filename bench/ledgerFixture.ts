// The import fixture: a 客商 ledger as offices keep it (one row per company), written with
// exceljs' streaming writer into the run's temp folder, the same every run.
import ExcelJS from 'exceljs';

export const LEDGER_HEADERS = [
  '序号',
  '企业名称',
  '所属行业',
  '产业链',
  '总部地址',
  '信息来源',
  '注册资本（万元）',
  '备注',
];

const CITIES = ['杭州', '苏州', '深圳', '武汉', '成都', '合肥', '宁波', '西安', '长沙', '青岛'];
const WORDS = [
  '华创',
  '新材',
  '智联',
  '恒通',
  '科瑞',
  '盛达',
  '远航',
  '天成',
  '博源',
  '汇丰',
  '鼎新',
  '中科',
];
const INDUSTRIES = ['新能源汽车', '生物医药', '新一代信息技术', '高端装备制造', '新材料', '现代物流'];
const SOURCES = ['以商招商', '驻外招商', '展会推介', '中介机构', '网络平台'];

export function ledgerRow(i: number): (string | number)[] {
  const city = CITIES[i % CITIES.length]!;
  const brand = `${WORDS[i % WORDS.length]}${WORDS[Math.floor(i / WORDS.length) % WORDS.length]}`;
  return [
    i + 1,
    // The serial keeps names unique; the legal form makes them read like real names.
    `${city}${brand}${i + 1}号科技有限公司`,
    INDUSTRIES[i % INDUSTRIES.length]!,
    '',
    `${city}市高新区创业大道${(i % 300) + 1}号`,
    SOURCES[i % SOURCES.length]!,
    100 + (i % 50) * 100,
    i % 7 === 0 ? '已对接，待回访' : '',
  ];
}

export async function writeLedger(path: string, rows: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
  const ws = wb.addWorksheet('客商台账');
  ws.addRow(LEDGER_HEADERS).commit();
  for (let i = 0; i < rows; i++) ws.addRow(ledgerRow(i)).commit();
  ws.commit();
  await wb.commit();
}
