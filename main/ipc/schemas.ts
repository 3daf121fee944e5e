/**
 * What the bridge accepts (ARCHITECTURE.md, SECURITY.md). The preload is typed, but main treats
 * every argument as hostile: a compromised renderer can send anything. Strict objects
 * refuse unknown keys so no option can be smuggled into a dialog.
 */
import { z } from 'zod';
import { BACKUP_REASONS, parseBackupFileName } from '../../shared/backup-files';
import type {
  NotifyRequest,
  OpenFileRequest,
  PrintToPdfRequest,
  SaveAutoBackupRequest,
  SaveFileRequest,
} from '../../shared/bridge';

/** "csv", "vcf", "json", or "*" for all files, as Electron's dialogs expect. */
const extension = z.string().regex(/^(\*|[A-Za-z0-9]{1,16})$/);

const fileFilter = z.strictObject({
  name: z.string().min(1).max(100),
  extensions: z.array(extension).min(1).max(20),
});

const filters = z.array(fileFilter).max(10).optional();

export const saveFileRequestSchema = z.strictObject({
  suggestedName: z.string().min(1).max(255),
  filters,
  data: z.instanceof(Uint8Array),
}) satisfies z.ZodType<SaveFileRequest>;

export const openFileRequestSchema = z.strictObject({
  filters,
}) satisfies z.ZodType<OpenFileRequest>;

export const saveAutoBackupRequestSchema = z.strictObject({
  reason: z.enum(BACKUP_REASONS),
  data: z.instanceof(Uint8Array),
}) satisfies z.ZodType<SaveAutoBackupRequest>;

/** A backup's file name as main listed it: our pattern only, so never a path. */
export const backupNameSchema = z
  .string()
  .max(200)
  .refine((name) => parseBackupFileName(name) !== undefined);

export const notifyRequestSchema = z.strictObject({
  title: z.string().min(1).max(200),
  body: z.string().max(1000),
}) satisfies z.ZodType<NotifyRequest>;

export const printToPdfRequestSchema = z.strictObject({
  suggestedName: z.string().min(1).max(255),
}) satisfies z.ZodType<PrintToPdfRequest>;

/** A badge count: a whole number, never negative. */
export const badgeCountSchema = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** Parses one argument or throws a plain error (the renderer's promise rejects). */
export function parseArgument<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new Error('Handshake refused a malformed request.');
  return result.data;
}
