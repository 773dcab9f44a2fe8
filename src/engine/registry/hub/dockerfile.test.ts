import { describe, expect, it } from 'vitest'
import { build, dockerfile, emptyLayer, type Built } from './dockerfile'

const base: Built = { config: { Env: ['PATH=/usr/bin:/bin'], Cmd: ['bash'] }, steps: [] }
const layer = emptyLayer()

describe('replaying a Dockerfile as BuildKit records it', () => {
  it('joins continuation lines, keeps their indentation and drops comment lines', () => {
    const text = dockerfile`FROM x
RUN set -x \
# a comment inside the command
    && groupadd nginx \
\t&& echo "\${HOME}"
`
    expect(build(base, text, [layer]).steps[0].createdBy).toBe('RUN /bin/sh -c set -x     && groupadd nginx \\t&& echo "${HOME}" # buildkit')
  })

  it('expands ENV and WORKDIR values and writes the config', () => {
    const built = build(base, 'ENV PREFIX /usr/local/app\nENV PATH $PREFIX/bin:$PATH\nENV EMPTY=""\nWORKDIR $PREFIX\n', [layer])
    expect(built.steps.map((s) => s.createdBy)).toEqual(['ENV PREFIX=/usr/local/app', 'ENV PATH=/usr/local/app/bin:/usr/bin:/bin', 'ENV EMPTY=', 'WORKDIR /usr/local/app'])
    expect(built.config.Env).toEqual(['PATH=/usr/local/app/bin:/usr/bin:/bin', 'PREFIX=/usr/local/app', 'EMPTY='])
    expect(built.config.WorkingDir).toBe('/usr/local/app')
    expect(built.steps[3].layer).toBe(layer)
  })

  it('formats EXPOSE, VOLUME, CMD and ENTRYPOINT like Go, and ENTRYPOINT clears the inherited CMD', () => {
    const built = build(base, 'EXPOSE 33060 3306\nVOLUME /data\nENTRYPOINT ["docker-entrypoint.sh"]\nSTOPSIGNAL SIGQUIT\n', [])
    expect(built.steps.map((s) => s.createdBy)).toEqual(['EXPOSE map[3306/tcp:{} 33060/tcp:{}]', 'VOLUME [/data]', 'ENTRYPOINT ["docker-entrypoint.sh"]', 'STOPSIGNAL SIGQUIT'])
    expect(built.config).toMatchObject({ Cmd: null, Entrypoint: ['docker-entrypoint.sh'], StopSignal: 'SIGQUIT', Volumes: { '/data': {} }, ExposedPorts: { '3306/tcp': {}, '33060/tcp': {} } })
    expect(build(built, 'CMD [ "nginx", "-g", "daemon off;" ]\n', []).steps.at(-1)?.createdBy).toBe('CMD ["nginx" "-g" "daemon off;"]')
  })

  it('refuses a Dockerfile whose layer-making steps and layers do not match', () => {
    expect(() => build(base, 'RUN true\nCOPY a /\n', [layer])).toThrow(/more layers/)
    expect(() => build(base, 'ENV A=1\n', [layer])).toThrow(/made 0 layers/)
  })
})
