/**
 * The key at the start of dist/cli-program.cache (see launcher.ts), shared by the
 * launcher and scripts/build-cli-cache.mjs:
 *
 *   bytes  0-31  SHA-256 of the program's bytes
 *   bytes 32-39  the program file's size (float64, little-endian)
 *   bytes 40-47  its modification time in ms (float64, little-endian)
 *
 * then V8's cached data. Size and time are those of the program file when the
 * hash was last checked against it: while they hold, the hash need not be computed.
 */
export const HASH_LENGTH = 32;
export const CACHE_KEY_LENGTH = HASH_LENGTH + 16;

export interface CacheKey {
  size: number;
  mtimeMs: number;
}

/** The size and time of a cache's key; undefined when the file is too short to hold a key and data. */
export function readCacheKey(cache: Buffer): CacheKey | undefined {
  if (cache.length <= CACHE_KEY_LENGTH) return undefined;
  return { size: cache.readDoubleLE(HASH_LENGTH), mtimeMs: cache.readDoubleLE(HASH_LENGTH + 8) };
}

/** Sets the size and time of a cache's key (in place). */
export function writeStatKey(cache: Buffer, size: number, mtimeMs: number): void {
  cache.writeDoubleLE(size, HASH_LENGTH);
  cache.writeDoubleLE(mtimeMs, HASH_LENGTH + 8);
}
