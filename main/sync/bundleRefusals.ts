import { DomainError } from '@contract/shared/errors';

/**
 * Why a 同步包 is refused, in the words the import dialog shows. Reading a bundle writes nothing,
 * and the sync core applies one only after it was read whole, so every refusal says so.
 */
export const UNCHANGED = '未导入任何内容，本机数据未作更改。';

const ASK_AGAIN = '请让对方重新导出同步包后再导入。';

const megabytes = (bytes: number): number => Math.round(bytes / 1024 / 1024);

export const notABundle = (): DomainError =>
  new DomainError('SYNC_NOT_BUNDLE', `该文件不是招商通同步包，不能导入。${UNCHANGED}`);

export const truncated = (expected: number, actual: number): DomainError =>
  new DomainError(
    'SYNC_TRUNCATED',
    `同步包不完整（应有 ${expected} 字节，实际只有 ${actual} 字节），可能是复制中断或U盘未安全弹出。` +
      `请重新复制该文件后再导入。${UNCHANGED}`,
  );

export const tampered = (): DomainError =>
  new DomainError(
    'SYNC_TAMPERED',
    `同步包的内容与签名不符，文件已损坏或被改动过，不能导入。${ASK_AGAIN}${UNCHANGED}`,
  );

export const foreignDevice = (name: string, device: string, fingerprint: string): DomainError =>
  new DomainError(
    'SYNC_FOREIGN',
    `该同步包来自未受信任的设备“${name}”（设备编号 ${device}，密钥指纹 ${fingerprint}），不能导入。` +
      '如确认是本单位的设备，请与对方当面或电话核对指纹，在“设置 → 团队同步”中将其加入受信任设备后再导入。' +
      UNCHANGED,
  );

export const newerFormat = (version: number, supported: number): DomainError =>
  new DomainError(
    'SYNC_NEWER',
    `该同步包由更高版本的招商通生成（同步包格式第 ${version} 版，本机只能读取第 ${supported} 版），不能导入。` +
      `请先将本机的招商通升级到最新版本。${UNCHANGED}`,
  );

export const newerSchema = (version: number, supported: number): DomainError =>
  new DomainError(
    'SYNC_NEWER',
    `该同步包来自更高版本的招商通（数据版本 ${version}，本机为 ${supported}），不能导入。` +
      `请先将本机的招商通升级到最新版本。${UNCHANGED}`,
  );

export const passphraseNeeded = (): DomainError =>
  new DomainError(
    'SYNC_PASSPHRASE_NEEDED',
    `此同步包已加密，请先在 设置 → 团队同步 填写团队同步口令（与导出它的电脑相同）后再导入。${UNCHANGED}`,
  );

export const wrongPassphrase = (): DomainError =>
  new DomainError(
    'SYNC_WRONG_PASSPHRASE',
    '团队同步口令不正确：本机填写的口令与导出此同步包的电脑不一致，无法解密。' +
      `请在 设置 → 团队同步 核对口令后再导入。${UNCHANGED}`,
  );

export const ownBundle = (name: string): DomainError =>
  new DomainError(
    'SYNC_OWN_BUNDLE',
    `该同步包是本机（${name}）自己导出的，无需导入。请选择其他设备导出的同步包。${UNCHANGED}`,
  );

export const inconsistent = (detail: string): DomainError =>
  new DomainError('SYNC_INCONSISTENT', `同步包内容前后不符（${detail}），不能导入。${ASK_AGAIN}${UNCHANGED}`);

export const invalidHeader = (issue: string): DomainError =>
  new DomainError('SYNC_INVALID', `同步包的包头格式不正确（${issue}），不能导入。${ASK_AGAIN}${UNCHANGED}`);

export const invalidChange = (line: number, issue: string): DomainError =>
  new DomainError(
    'SYNC_INVALID',
    `同步包中第 ${line} 条变更格式不正确（${issue}），不能导入。${ASK_AGAIN}${UNCHANGED}`,
  );

export const changesTooLarge = (limit: number): DomainError =>
  new DomainError(
    'TOO_LARGE',
    `同步包中的变更解压后超过 ${megabytes(limit)} MB，超出程序能处理的范围，不能导入。` +
      `请让对方分几次导出。${UNCHANGED}`,
  );

export const changeTooLarge = (line: number, limit: number): DomainError =>
  new DomainError(
    'TOO_LARGE',
    `同步包中第 ${line} 条变更超过 ${megabytes(limit)} MB，超出程序能处理的范围，不能导入。${UNCHANGED}`,
  );

export const suspiciousRatio = (): DomainError =>
  new DomainError('TOO_LARGE', `同步包的压缩比异常，为安全起见未读取。${ASK_AGAIN}${UNCHANGED}`);
