// 数据库加密 strings (设置) (Chinese only: the app has no English mode).
export const zh = {
  encryption: {
    title: '数据库加密',
    help: '加密后，台账文件和备份在本机硬盘上都是密文，电脑丢失或被拷走也无法读出客商信息。打开时需要密钥：有系统钥匙串的电脑自动保管，没有的每次启动时输入数据库密码。',
    stateOn: '已加密',
    stateOff: '未加密',
    keychain: '密钥由系统钥匙串保管',
    passphrase: '每次启动时输入数据库密码',
    enable: '加密数据库',
    disable: '取消加密',
    enabled: '数据库已加密，加密前的数据已另存为备份。',
    disabled: '已取消加密，数据库恢复为普通文件。',
    disableConfirm: '取消加密后，台账文件将以明文保存在本机。确定取消吗？',
    unavailable: '本机没有可用的系统钥匙串，暂不能加密数据库。',
    setPassphrase: '设置数据库密码',
    passphraseHelp:
      '本机没有系统钥匙串，请设置数据库密码，以后每次启动招商通时输入。密码遗失将无法打开数据库，请妥善保管。',
    passphraseLabel: '数据库密码',
    passphraseAgain: '再次输入',
    passphraseShort: '至少 {{n}} 位',
    passphraseMismatch: '两次输入的密码不一致',
    working: '正在转换数据库，请稍候…',
    lockedTitle: '招商通台账已加密',
    lockedHelp: '请输入在“设置 › 数据库加密”中设定的数据库密码。',
    unlock: '打开台账',
    unlocking: '正在打开…',
  },
};
