/**
 * Where documents are kept: a private folder on disk, outside Strapi's `public` folder and never behind a
 * URL of its own (they are served only through the plugin's routes, after the access check). Each file is
 * named by a random key, written to a temporary name first and renamed, so a crash never leaves half a file
 * under a key the database knows. Several instances need this folder on shared storage.
 */
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

const KEY = /^[0-9a-f-]{36}$/;

export interface DocumentStorage {
  put(bytes: Buffer): Promise<string>;
  get(key: string): Promise<Buffer>;
  remove(key: string): Promise<void>;
}

export function diskStorage(directory: string): DocumentStorage {
  const fileOf = (key: string) => {
    // a key comes from the database, but a path is built from it: only our own key shape is a file name
    if (!KEY.test(key)) throw new Error('not a document key');
    return path.join(directory, key.slice(0, 2), key);
  };
  return {
    async put(bytes) {
      const key = randomUUID();
      const file = fileOf(key);
      await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
      const temporary = `${file}.partial`;
      await fs.writeFile(temporary, bytes, { mode: 0o600 });
      await fs.rename(temporary, file);
      return key;
    },
    get: (key) => fs.readFile(fileOf(key)),
    async remove(key) {
      await fs.rm(fileOf(key), { force: true });
    },
  };
}
