import { describe, expect, it } from 'vitest'
import { buildTree } from '../layer/file-tree'
import { createUnionFs } from './union-fs'
import { changesOf } from './changes'
import { emptyDir as emptyUpper } from '../layer/file-tree'

describe('a container\'s changes', () => {
  it('lists added, changed and deleted paths as overlay2 reads its upper directory, sorted', () => {
    const lower = buildTree({ 'etc/group': 'root:x:0:\n', 'etc/hosts': '', 'tmp/': {} })
    const upper = emptyUpper()
    const fs = createUnionFs([lower], upper, () => 0)
    fs.writeFile('/tmp/new.txt', 'data\n')
    fs.unlink('/etc/group')
    fs.mkdir('/run/app', { parents: true })
    fs.writeFile('/run/app/pid', '1\n')
    const lowerFs = createUnionFs([lower], emptyUpper(), () => 0)
    expect(changesOf(upper, (p) => lowerFs.lstat(p) !== undefined).map((c) => `${c.kind} ${c.path}`)).toEqual([
      'C /etc', 'D /etc/group', 'A /run', 'A /run/app', 'A /run/app/pid', 'C /tmp', 'A /tmp/new.txt',
    ])
  })
})
