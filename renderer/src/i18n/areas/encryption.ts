// 数据库加密 strings (设置), zh-CN first; `en` must have the same shape.
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
  },
};

export const en: typeof zh = {
  encryption: {
    title: 'Database encryption',
    help: 'When encrypted, the ledger file and its backups are unreadable on disk, even if the computer is lost or copied. The key is kept by the system keychain, or asked for as a passphrase at each start where there is none.',
    stateOn: 'Encrypted',
    stateOff: 'Not encrypted',
    keychain: 'Key kept by the system keychain',
    passphrase: 'Passphrase asked at each start',
    enable: 'Encrypt database',
    disable: 'Turn off encryption',
    enabled: 'The database is encrypted; the data before was saved as a backup.',
    disabled: 'Encryption turned off; the database is a plain file again.',
    disableConfirm: 'The ledger file will be stored unencrypted on this computer. Turn off encryption?',
    unavailable: 'No system keychain is available on this computer, so the database cannot be encrypted.',
    setPassphrase: 'Set a database passphrase',
    passphraseHelp:
      'This computer has no system keychain: set a passphrase to type at each start. A lost passphrase cannot be recovered.',
    passphraseLabel: 'Passphrase',
    passphraseAgain: 'Again',
    passphraseShort: 'At least {{n}} characters',
    passphraseMismatch: 'The two passphrases differ',
    working: 'Converting the database…',
  },
};
