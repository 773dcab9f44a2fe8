/** The filesystem interface every process sees: a container's merged overlay view or the host's disk.
 *  Paths are absolute and already resolved against the working directory by the caller ("/a/b/../c" is allowed;
 *  "." and ".." are handled here). Operations are synchronous: all state is in memory and persisted by the owner.
 *  Errors are FsError with the errno code; programs word them the way coreutils or busybox do. */
export type FsErrno = 'ENOENT' | 'ENOTDIR' | 'EISDIR' | 'EEXIST' | 'ENOTEMPTY' | 'EACCES' | 'EINVAL' | 'ELOOP' | 'EBUSY'

export class FsError extends Error {
  constructor(readonly errno: FsErrno, readonly path: string) {
    super(`${errno}: ${path}`)
    this.name = 'FsError'
  }
}

export const FS_MESSAGES: Record<FsErrno, string> = {
  ENOENT: 'No such file or directory',
  ENOTDIR: 'Not a directory',
  EISDIR: 'Is a directory',
  EEXIST: 'File exists',
  ENOTEMPTY: 'Directory not empty',
  EACCES: 'Permission denied',
  EINVAL: 'Invalid argument',
  ELOOP: 'Too many levels of symbolic links',
  EBUSY: 'Device or resource busy',
}

export type FileType = 'file' | 'dir' | 'symlink'

export interface Stat {
  type: FileType
  /** Permission bits, e.g. 0o755. */
  mode: number
  uid: number
  gid: number
  /** Size in bytes as `ls -l` shows it (a stubbed binary reports its real size). */
  size: number
  /** Milliseconds since the epoch. */
  mtime: number
  /** For executables: the program that runs when this file is executed (`busybox`, `nginx`, …). */
  program?: string
  /** For symlinks: the target as written. */
  target?: string
}

export interface Fs {
  /** Follows symlinks. Undefined when the path does not exist. */
  stat(path: string): Stat | undefined
  /** Does not follow a final symlink. */
  lstat(path: string): Stat | undefined
  readFile(path: string): Uint8Array
  readText(path: string): string
  writeFile(path: string, data: string | Uint8Array, options?: { append?: boolean; mode?: number }): void
  readdir(path: string): string[]
  mkdir(path: string, options?: { parents?: boolean; mode?: number }): void
  /** Removes a file or symlink. */
  unlink(path: string): void
  /** Removes an empty directory, or with recursive any directory. */
  rmdir(path: string, options?: { recursive?: boolean }): void
  rename(from: string, to: string): void
  symlink(target: string, path: string): void
  /** Marks a file as executable by a built-in program. */
  setProgram?(path: string, program: string): void
  chmod(path: string, mode: number): void
  /** Resolves every symlink on the way: the real path, or undefined. */
  realpath(path: string): string | undefined
}
