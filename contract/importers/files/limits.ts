// Limits for files from outside: a ledger is a few MB; anything far beyond is refused before parsing.

/** Largest file accepted for import, in bytes. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
/** Rows after the header that one import may hold. */
export const MAX_DATA_ROWS = 200_000;
/** Columns read per row; ledgers have a few dozen. */
export const MAX_COLUMNS = 200;

/** Zip (xlsx) guard: checked on the central directory before anything is decompressed. */
export const ZIP_LIMITS = {
  maxEntries: 2_000,
  /** Sum of all entries' uncompressed sizes. */
  maxTotalBytes: 600 * 1024 * 1024,
  /** Uncompressed ÷ compressed for any entry larger than `ratioFrom`: zip bombs reach thousands. */
  maxRatio: 300,
  ratioFrom: 1024 * 1024,
};
