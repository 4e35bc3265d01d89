/**
 * electron-builder.yml, checked with electron-builder's own loader, schema and file matcher:
 * `npm run dist` cannot run on these machines (it downloads Electron), so this is where a broken
 * or weakened packaging config shows up.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve, sep } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '../../..');
const require = createRequire(join(repo, 'package.json'));

type Patterns = string[] | undefined;
interface BuilderConfig {
  appId?: string;
  productName?: string;
  asar?: boolean;
  npmRebuild?: boolean;
  nodeGypRebuild?: boolean;
  buildDependenciesFromSource?: boolean;
  directories?: { output?: string; buildResources?: string };
  files?: Patterns;
  asarUnpack?: Patterns;
  electronFuses?: Record<string, boolean>;
  win?: { target?: { target: string; arch: string[] }[]; icon?: string; files?: Patterns };
  linux?: {
    target?: { target: string; arch: string[] }[];
    icon?: string;
    files?: Patterns;
    maintainer?: string;
  };
  nsis?: Record<string, unknown>;
}
type Filter = (file: string, stat: { isDirectory(): boolean; moduleFullFilePath?: string }) => boolean;
interface Matcher {
  createFilter(): Filter;
}

const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  getConfig(projectDir: string, configPath: string | null, fromOptions: null): Promise<BuilderConfig>;
  validateConfiguration(config: BuilderConfig, logger: { isEnabled: boolean }): Promise<void>;
};
type Expander = (pattern: string) => string;
const { getFileMatchers, getMainFileMatchers, getNodeModuleFileMatcher } =
  require('app-builder-lib/out/fileMatcher') as {
    getFileMatchers(
      config: BuilderConfig,
      name: 'asarUnpack',
      destination: string,
      options: {
        macroExpander: Expander;
        customBuildOptions: object;
        globalOutDir: string;
        defaultSrc: string;
      },
    ): Matcher[] | null;
    getMainFileMatchers(
      appDir: string,
      destination: string,
      macroExpander: Expander,
      platformOptions: object,
      platformPackager: { info: object },
      outDir: string,
      isElectronCompile: boolean,
    ): Matcher[];
    getNodeModuleFileMatcher(
      appDir: string,
      destination: string,
      macroExpander: Expander,
      platformOptions: object,
      packager: object,
    ): Matcher;
  };
const { expandMacro } = require('app-builder-lib/out/util/macroExpander') as {
  expandMacro(pattern: string, arch: string, appInfo: object, extra: Record<string, string>): string;
};

let config: BuilderConfig;
beforeAll(async () => {
  config = await getConfig(repo, null, null);
  // Throws with electron-builder's own message on an unknown or misplaced option.
  await validateConfiguration(config, { isEnabled: false });
});

type Target = 'win' | 'linux';
const DEST = '/tmp/app';
const OUT_DIR = join(repo, 'dist');

/** electron-builder's own macro expansion when packing for that target and architecture. */
const expanderFor =
  (os: Target, arch: string): Expander =>
  (pattern) =>
    // No appInfo: a pattern using ${productName} and the like would throw here, on purpose.
    expandMacro(pattern, arch, {}, { os, '/*': '{,/**/*}' });
const file = (moduleFullFilePath?: string) => ({ isDirectory: () => false, moduleFullFilePath });

/** The packager's view, as far as choosing files needs it. */
const packagerInfo = () => ({
  projectDir: repo,
  buildResourcesDir: join(repo, config.directories?.buildResources ?? 'build'),
  isPrepackedAppAsar: false,
  config,
  debugLogger: { isEnabled: false },
});

/** The files of node_modules/better-sqlite3-multiple-ciphers that end up in the package for one target. */
function packedSqliteFiles(os: Target, arch: string): string[] {
  const moduleDir = join(repo, 'node_modules', 'better-sqlite3-multiple-ciphers');
  const matcher = getNodeModuleFileMatcher(
    repo,
    DEST,
    expanderFor(os, arch),
    config[os] ?? {},
    packagerInfo(),
  );
  const filter = matcher.createFilter();
  return readdirSync(moduleDir, { recursive: true, encoding: 'utf8' })
    .filter((rel) => statSync(join(moduleDir, rel)).isFile())
    .map((rel) => `node_modules/better-sqlite3-multiple-ciphers/${rel.split(sep).join('/')}`)
    .filter((path) => filter(join(repo, path), file(path)));
}

/** Whether a project file goes into the app archive, decided by electron-builder's first file set. */
function packsAppFile(os: Target): (path: string) => boolean {
  const matchers = getMainFileMatchers(
    repo,
    DEST,
    expanderFor(os, 'x64'),
    config[os] ?? {},
    { info: packagerInfo() },
    OUT_DIR,
    false,
  );
  const filters = matchers.map((m) => m.createFilter());
  return (path) => filters.some((f) => f(join(repo, path), file()));
}

describe('electron-builder.yml', () => {
  it('names the app and builds NSIS x64 for Windows, AppImage and deb x64 for Linux', () => {
    expect(config.appId).toBe('cn.leadatlas.app');
    expect(config.productName).toBe('招商通');
    expect(config.win?.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.linux?.target).toEqual([
      { target: 'AppImage', arch: ['x64'] },
      { target: 'deb', arch: ['x64'] },
    ]);
    expect(config.linux?.maintainer).toMatch(/<[^@\s]+@[^@\s]+>/);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, shortcutName: '招商通' });
  });

  it('points at icons that exist: a Windows .ico and Linux PNGs of 256 and 512 pixels', () => {
    expect(config.directories?.buildResources).toBe('resources');
    const ico = readFileSync(join(repo, config.win?.icon ?? 'missing'));
    expect(ico.readUInt16LE(2)).toBe(1); // an icon resource
    expect(ico.readUInt16LE(4)).toBeGreaterThanOrEqual(5); // several sizes
    const pngSize = (path: string) => {
      const png = readFileSync(join(repo, path));
      return [png.readUInt32BE(16), png.readUInt32BE(20)];
    };
    const linuxIcons = config.linux?.icon ?? 'missing';
    expect(pngSize(`${linuxIcons}/256x256.png`)).toEqual([256, 256]);
    expect(pngSize(`${linuxIcons}/512x512.png`)).toEqual([512, 512]);
  });

  it('packs into asar and never rebuilds native modules (the SQLite driver is N-API prebuilt)', () => {
    expect(config.asar).toBe(true);
    expect(config.npmRebuild).toBe(false);
    expect(config.nodeGypRebuild).toBe(false);
    expect(config.buildDependenciesFromSource).toBe(false);
  });

  it('19. Check which fuses you can change: Node-as-runtime off, asar verified and required, no file:// privileges', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it.each([
    ['win', 'x64', 'win32-x64.node'],
    ['linux', 'x64', 'linux-x64.node'],
  ] as const)('packs only the %s %s SQLite driver prebuild', (os, arch, wanted) => {
    const packed = packedSqliteFiles(os, arch);
    const prebuilds = packed.filter((p) => p.includes('/prebuilds/'));
    expect(prebuilds).toEqual([`node_modules/better-sqlite3-multiple-ciphers/prebuilds/${wanted}`]);
    // The loader it needs is there; the C sources it never compiles are not.
    expect(packed).toContain('node_modules/better-sqlite3-multiple-ciphers/lib/index.js');
    expect(packed).toContain('node_modules/better-sqlite3-multiple-ciphers/package.json');
    expect(packed.filter((p) => /\/(deps|src)\//.test(p))).toEqual([]);
    // And that one file is unpacked from the archive so it can be loaded.
    const unpack = getFileMatchers(config, 'asarUnpack', DEST, {
      macroExpander: expanderFor(os, arch),
      customBuildOptions: config[os] ?? {},
      globalOutDir: OUT_DIR,
      defaultSrc: repo,
    })?.[0]?.createFilter();
    expect(unpack?.(join(repo, prebuilds[0] ?? ''), file())).toBe(true);
  });

  it.each(['win', 'linux'] as const)(
    'the %s package holds the built app, not the harness, sources or tests',
    (os) => {
      const packs = packsAppFile(os);
      for (const path of [
        'out/main/index.js',
        'out/preload/index.cjs',
        'out/renderer/index.html',
        'package.json',
      ]) {
        expect(packs(path), path).toBe(true);
      }
      for (const path of [
        'out/harness/server.mjs',
        'main/index.ts',
        'tests/unit/testDb.ts',
        'out-lead/main/index.js',
        'resources/icon.svg',
        'electron-builder.yml',
      ]) {
        expect(packs(path), path).toBe(false);
      }
    },
  );
});
