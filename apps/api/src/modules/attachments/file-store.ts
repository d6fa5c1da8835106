import { createReadStream } from 'node:fs';
import { mkdir, rename, stat } from 'node:fs/promises';
import path from 'node:path';

// Uploaded files live under DATA_DIR/files, named by their SHA-256: the same file uploaded
// twice is stored once, and a file's name is its integrity check.

export function createFileStore(dataDir: string) {
  const root = path.join(dataDir, 'files');
  const pathFor = (sha256: string) => path.join(root, sha256.slice(0, 2), sha256);
  return {
    root,
    /** Moves a fully written temporary file into place (atomic on one filesystem). */
    async adopt(tempPath: string, sha256: string): Promise<void> {
      const target = pathFor(sha256);
      await mkdir(path.dirname(target), { recursive: true });
      await rename(tempPath, target);
    },
    async exists(sha256: string): Promise<boolean> {
      return stat(pathFor(sha256)).then(
        () => true,
        () => false,
      );
    },
    open: (sha256: string) => createReadStream(pathFor(sha256)),
    tempDir: path.join(root, 'tmp'),
  };
}

export type FileStore = ReturnType<typeof createFileStore>;
