import { z } from 'zod';
import { MAX_FILE_BYTES } from '../importers/files/limits';

// A file travels as base64 (4 characters per 3 bytes); the dispatch counts up to 3 bytes per
// character, so the upload channel's budget is three times the base64 length of the largest file.
const BASE64_MAX = Math.ceil(MAX_FILE_BYTES / 3) * 4;
export const UPLOAD_MAX_BYTES = BASE64_MAX * 3 + 64 * 1024;

/** A file the browser preview sends in place of a desktop file dialog. */
export const uploadInput = z.strictObject({
  name: z.string().trim().min(1, '文件名为空').max(200, '文件名过长'),
  base64: z
    .string()
    .max(BASE64_MAX, `文件超过 ${MAX_FILE_BYTES / 1024 / 1024} MB`)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, '文件内容格式无效'),
});
