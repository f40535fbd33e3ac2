import { MAX_FILE_BYTES } from '../../lib/records/parse';

/** A file HR handed to the page, with the name to report it by. */
export interface Picked {
  file: File;
  /** The path inside a dropped or chosen folder, else the file's name. */
  label: string;
  /** True when it came from walking a folder (only `*.json` files are taken from folders). */
  fromFolder: boolean;
}

/** Files larger than this are reported by name and never read (the CLI uses the same limit). */
export { MAX_FILE_BYTES };

/** True for names ending in `.json`, any case. */
export function isJsonName(name: string): boolean {
  return /\.json$/i.test(name);
}

/** Files from a file input; those from a `webkitdirectory` input carry their folder path. */
export function pickedFromInput(files: FileList | null): Picked[] {
  return Array.from(files ?? [], (file) => {
    const path = file.webkitRelativePath;
    return { file, label: path || file.name, fromFolder: path !== '' };
  });
}

function readAllEntries(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader();
  const all: FileSystemEntry[] = [];
  // readEntries hands out a folder's entries in pieces (about 100 at a time in Chromium) until it returns none.
  return new Promise((resolve, reject) => {
    const next = () =>
      reader.readEntries((entries) => {
        if (entries.length === 0) resolve(all);
        else {
          all.push(...entries);
          next();
        }
      }, reject);
    next();
  });
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

async function walk(entry: FileSystemEntry, out: Picked[], fromFolder: boolean): Promise<void> {
  if (entry.isFile) {
    const file = await fileOf(entry as FileSystemFileEntry);
    out.push({ file, label: entry.fullPath.replace(/^\//, '') || file.name, fromFolder });
  } else if (entry.isDirectory) {
    for (const child of await readAllEntries(entry as FileSystemDirectoryEntry)) await walk(child, out, true);
  }
}

/**
 * Everything dropped: files as they are, folders walked recursively. Entries must be taken from
 * the DataTransfer synchronously, before the first await, or the browser empties it.
 */
export async function pickedFromDrop(data: DataTransfer): Promise<Picked[]> {
  const items = Array.from(data.items).filter((item) => item.kind === 'file');
  const taken = items.map((item) => ({ entry: item.webkitGetAsEntry?.() ?? null, file: item.getAsFile() }));
  const out: Picked[] = [];
  for (const { entry, file } of taken) {
    if (entry) await walk(entry, out, false);
    else if (file) out.push({ file, label: file.name, fromFolder: false });
  }
  return out;
}
