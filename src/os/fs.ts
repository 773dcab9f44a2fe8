/** Processes see files through the graphdriver's Fs interface (the host disk is an overlay too, see os/host-disk.ts). */
export { FsError, FS_MESSAGES, type Fs, type FsErrno, type Stat, type FileType } from '../engine/graphdriver/fs'
