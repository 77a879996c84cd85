/**
 * The only file of the pipeline that touches the file system: read a content folder into the
 * `ContentInput` that `buildCatalog` takes, so everything else runs in tests without fs.
 *
 * Nothing in the folder stops the others from being read: a missing or empty folder, a file too
 * large, unreadable or deleted while the folder is read, a symbolic link that leads outside the
 * folder or nowhere each become a diagnostic on that path (`ContentInput.problems`).
 */
import * as fs from 'node:fs/promises';
import type { Dirent, Stats } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isReviewFile, type ContentFile, type ContentInput } from '../catalog/catalog.ts';
import { identifyCuratedFile } from '../catalog/curated.ts';
import { createDiagnostic, DiagnosticCode } from '../diagnostics.ts';
import type { Diagnostic } from '../schema.ts';
import { fileTooLargeDiagnostic, MAX_FILE_BYTES } from '../read/file-size.ts';

export { MAX_FILE_BYTES };

/** The calls the loader makes, so a test can delete a file between listing and reading it. */
export interface LoadFileSystem {
  readdir(path: string): Promise<Dirent[]>;
  stat(path: string): Promise<Stats>;
  readFile(path: string): Promise<Uint8Array>;
  realpath(path: string): Promise<string>;
  readlink(path: string): Promise<string>;
}

export const nodeFileSystem: LoadFileSystem = {
  readdir: (path) => fs.readdir(path, { withFileTypes: true }),
  stat: (path) => fs.stat(path),
  readFile: async (path) => new Uint8Array(await fs.readFile(path)),
  realpath: (path) => fs.realpath(path),
  readlink: (path) => fs.readlink(path),
};

export interface LoadOptions {
  fs?: LoadFileSystem;
}

/** The content folder itself, as the `file` of a diagnostic about it. */
export const CONTENT_FOLDER = '.';

/** Files the pipeline parses as text; the others (images…) only need to exist. */
function isReadAsText(path: string): boolean {
  return isReviewFile(path) || identifyCuratedFile(path) !== null;
}

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

/** Read every file under `dir` recursively, skipping dotfiles and node_modules. */
export async function loadContent(dir: string, options: LoadOptions = {}): Promise<ContentInput> {
  const io = options.fs ?? nodeFileSystem;
  const files: ContentFile[] = [];
  const problems: Diagnostic[] = [];
  const report = (file: string, code: DiagnosticCode, severity: 'error' | 'warning', message: string, hint: string): void => {
    problems.push(createDiagnostic({ code, severity, location: { file, line: 1, column: 1 }, message, hint }));
  };

  const describeFailure = (path: string, error: unknown, what: 'file' | 'folder') => {
    const code = errorCode(error);
    if (code === 'ENOENT') {
      report(path, DiagnosticCode.fileVanished, 'warning', `The ${what} was deleted while the content folder was read`, 'Run again once the folder has settled');
    } else {
      const why = code === 'EACCES' || code === 'EPERM' ? 'there is no permission to read it' : `${code || 'the system'} says: ${error instanceof Error ? error.message : String(error)}`;
      report(path, DiagnosticCode.fileUnreadable, 'error', `The ${what} cannot be read: ${why}`, `Make the ${what} readable (chmod a+r${what === 'folder' ? 'x' : ''}), or move it out of the content folder`);
    }
  };

  let rootReal: string;
  try {
    rootReal = await io.realpath(dir);
    if (!(await io.stat(rootReal)).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      report(CONTENT_FOLDER, DiagnosticCode.contentFolderMissing, 'error', `The content folder ${dir} does not exist or is not a folder`, 'Create it and put the review posts in it, or point contentDir at the folder that has them');
    } else describeFailure(CONTENT_FOLDER, error, 'folder');
    return { files, problems };
  }
  const inside = (real: string) => real === rootReal || real.startsWith(rootReal + sep);
  // Real paths of the folders read, so a link back to one of them is not read twice (or forever).
  const visited = new Set<string>([rootReal]);

  const readFile = async (path: string, full: string, info: Stats) => {
    if (info.size > MAX_FILE_BYTES && isReadAsText(path)) {
      problems.push(fileTooLargeDiagnostic(path, info.size));
      return;
    }
    // Of other files only the path counts (a post's relative link to one resolves): a large
    // one is listed without being read.
    if (info.size > MAX_FILE_BYTES) {
      files.push({ path, bytes: new Uint8Array() });
      return;
    }
    try {
      files.push({ path, bytes: await io.readFile(full) });
    } catch (error) {
      describeFailure(path, error, 'file');
    }
  };

  const reportSpecial = (path: string) =>
    report(path, DiagnosticCode.fileUnreadable, 'error', 'The entry is not a file or a folder (a pipe, socket or device), so it is not read', 'Move it out of the content folder');

  const visit = async (folder: string, real: string, entry: Dirent): Promise<void> => {
    const path = folder ? `${folder}/${entry.name}` : entry.name;
    const full = join(dir, path);
    let targetReal = join(real, entry.name);
    if (entry.isSymbolicLink()) {
      const target = await io.readlink(full).catch(() => '?');
      try {
        targetReal = await io.realpath(full);
      } catch {
        report(path, DiagnosticCode.symlinkNotFollowed, 'warning', `The symbolic link points to ${target}, which does not exist, so nothing is read`, 'Point the link at a file in the content folder, or delete it');
        return;
      }
      if (!inside(targetReal)) {
        report(
          path,
          DiagnosticCode.symlinkNotFollowed,
          'warning',
          `The symbolic link points to ${target}, outside the content folder, so it is not read`,
          'Copy the file into the content folder, or link one inside it',
        );
        return;
      }
    } else if (!entry.isFile() && !entry.isDirectory()) return reportSpecial(path);
    let info: Stats;
    try {
      info = await io.stat(full);
    } catch (error) {
      return describeFailure(path, error, 'file');
    }
    if (info.isFile()) return readFile(path, full, info);
    if (!info.isDirectory()) return reportSpecial(path);
    // A linked folder the walk reads as itself anyway would give every post in it twice.
    const hidden = relative(rootReal, targetReal)
      .split(sep)
      .some((part) => part.startsWith('.') || part === 'node_modules');
    if (entry.isSymbolicLink() && (!hidden || visited.has(targetReal))) {
      report(path, DiagnosticCode.symlinkNotFollowed, 'warning', 'The symbolic link leads to a folder that is read already, so it is not read twice', 'Delete the link');
      return;
    }
    visited.add(targetReal);
    await walk(path, targetReal);
  };

  async function walk(folder: string, real: string): Promise<void> {
    let entries: Dirent[];
    try {
      entries = await io.readdir(join(dir, folder));
    } catch (error) {
      describeFailure(folder ? `${folder}/` : CONTENT_FOLDER, error, 'folder');
      return;
    }
    const visible = entries.filter((entry) => !entry.name.startsWith('.') && entry.name !== 'node_modules');
    await Promise.all(visible.map((entry) => visit(folder, real, entry)));
  }
  await walk('', rootReal);

  if (!files.some((f) => isReviewFile(f.path)) && !problems.some((d) => isReviewFile(d.file))) {
    report(
      CONTENT_FOLDER,
      DiagnosticCode.contentFolderEmpty,
      'warning',
      `The content folder ${dir} has no review posts (.md, .markdown or .txt files), so the site has no sessions`,
      'Put the review posts in it, or point contentDir at the folder that has them',
    );
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, problems };
}

