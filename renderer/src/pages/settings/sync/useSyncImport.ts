import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StagedBundle, SyncImportResult } from '@contract/sync/schema';
import { call } from '../../../api';
import { readBase64 } from '../../../components/files';

/**
 * 导入同步包: the chosen file is staged, then checked for its signer. A laptop not trusted yet is
 * trusted only after the person has compared its fingerprint and said so; then the bundle is
 * imported. Resolves with what the import reports, or null when nothing was imported.
 */
export function useSyncImport() {
  const { t } = useTranslation();
  const { modal } = App.useApp();

  const importStaged = async (file: StagedBundle | null): Promise<SyncImportResult | null> => {
    if (!file) return null;
    const signer = await call('sync.signer', { fileId: file.fileId });
    if (signer) {
      const trusted = await modal.confirm({
        title: t('teamSync.trustTitle'),
        content: t('teamSync.trustConfirm', { name: signer.name, fingerprint: signer.fingerprint }),
        okText: t('teamSync.trustAndImport'),
        cancelText: t('common.cancel'),
      });
      if (!trusted) return null;
      await call('sync.trust', { fileId: file.fileId });
    }
    return call('sync.import', { fileId: file.fileId });
  };

  return {
    /** Desktop: the system's open dialog. */
    pick: async () => importStaged(await call('sync.pick', {})),
    /** Browser preview: a file chosen in the page. */
    upload: async (file: File) =>
      importStaged(await call('sync.upload', { name: file.name, base64: await readBase64(file) })),
  };
}
