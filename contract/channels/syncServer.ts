import { z } from 'zod';
import {
  autoSyncInput,
  confirmInput,
  dismissWithdrawnInput,
  probeInput,
  serverSignInInput,
  type ServerLinkStatus,
  type ServerProbe,
  type ServerSyncResult,
  type WithdrawnRow,
} from '../sync/serverLink';
import { officeFiguresInput, type OfficeFigures } from '../sync/officeFigures';
import { command, query } from './define';

/** 团队同步 → 办公室服务器: connect (certificate confirmed by eye), sign in, 立即同步, 自动同步. */
export const syncServerChannels = {
  'syncServer.status': query<ServerLinkStatus>()(z.strictObject({})),
  /** First contact: the certificate's fingerprint and the server's health, nothing stored. */
  'syncServer.probe': query<ServerProbe>()(probeInput),
  'syncServer.confirm': command<ServerLinkStatus>()(confirmInput),
  'syncServer.signIn': command<ServerLinkStatus>()(serverSignInInput),
  'syncServer.signOut': command<ServerLinkStatus>()(z.strictObject({})),
  'syncServer.setAutoSync': command<ServerLinkStatus>()(autoSyncInput),
  'syncServer.syncNow': command<ServerSyncResult>()(z.strictObject({})),
  /** 办公室未接受的修改: this laptop's edits the server refused and the laptop took back, newest first. */
  'syncServer.withdrawn': query<WithdrawnRow[]>()(z.strictObject({})),
  /** 知道了: the entry leaves the list (the record stays as the office has it). */
  'syncServer.dismissWithdrawn': command<WithdrawnRow[]>()(dismissWithdrawnInput),
  /**
   * 全办公室: one of the office figures (OFFICE_FIGURES) as the server computes it, or the last
   * answer kept on this laptop when the server cannot be asked. `value` is the channel's own output.
   */
  'syncServer.figures': query<OfficeFigures>()(officeFiguresInput),
};
