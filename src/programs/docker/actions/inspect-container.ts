/** docker container inspect: the body of GET /containers/{id}/json as dockerd 28.2.2 writes it (API 1.50) — keys
 *  in the Go structs' field order, nil slices and maps as null, maps (ports, labels) with sorted keys, times in
 *  RFC 3339 with nanoseconds, and Go's HTML escaping (`<` → \u003c) in strings. Paths are the daemon's
 *  (/var/lib/docker/containers/<id>/…, overlay2 directories named after the layers). */
import type { ContainerRecord, PortMap } from '../../../engine/container/container-record'
import { digestOf } from '../../../engine/digest'
import { hexOf } from '../../../engine/ids'
import { layerDir } from '../../../engine/image/overlay-paths'
import type { ActionContext } from './action-context'
import { inspectEach, type Inspected, type Inspector } from './image-inspect'
import { daemonErrorText } from './daemon-error'
import { goStruct } from '../format/go-template'
import { goJson } from '../format/go-template-json'

const ZERO_TIME = '0001-01-01T00:00:00Z'

/** RFC3339Nano (trailing zeros trimmed); the clock's milliseconds get repeatable nanoseconds from `salt`. */
function rfc3339Nano(ms: number, salt: string): string {
  if (!ms) return ZERO_TIME
  const nanos = `${String(ms % 1000).padStart(3, '0')}${String(parseInt(salt.slice(0, 8), 16) % 1_000_000).padStart(6, '0')}`.replace(/0+$/, '')
  return `${new Date(ms).toISOString().slice(0, 19)}${nanos ? `.${nanos}` : ''}Z`
}

/** The default bridge network's ID (the same for every container). */
export const BRIDGE_NETWORK_ID = hexOf(digestOf('network:bridge'))

function ports(map: PortMap, exposed: readonly string[]) {
  const out: Record<string, { HostIp: string; HostPort: string }[] | null> = {}
  for (const key of [...new Set([...exposed, ...Object.keys(map)])].sort()) {
    const b = map[key]
    out[key] = b && b.length ? b.map((x) => ({ HostIp: x.hostIp, HostPort: x.hostPort })) : null
  }
  return out
}

/** The inspect object, in dockerd's key order. */
export function containerInspectObject(ctx: ActionContext, c: ContainerRecord): Record<string, unknown> {
  const image = ctx.api.images().get(c.image)
  const running = c.state.status === 'running' || c.state.status === 'paused'
  const dir = `/var/lib/docker/containers/${c.id}`
  const started = c.startedBefore ?? c.state.startedAt > 0
  const layer = c.layerId ?? c.id
  const lowers = [...(image?.layers ?? [])].reverse().map((l) => `${layerDir(l)}/diff`)
  const net = c.network
  const bridge = {
    IPAMConfig: null, Links: null, Aliases: null, MacAddress: net?.mac ?? '', DriverOpts: null, GwPriority: 0,
    NetworkID: BRIDGE_NETWORK_ID, EndpointID: net?.endpointId ?? '', Gateway: net ? '172.17.0.1' : '', IPAddress: net?.ip ?? '',
    IPPrefixLen: net ? 16 : 0, IPv6Gateway: '', GlobalIPv6Address: '', GlobalIPv6PrefixLen: 0, DNSNames: null,
  }
  const hc = c.hostConfig
  const portBindings: Record<string, { HostIp: string; HostPort: string }[]> = {}
  for (const key of Object.keys(hc.portBindings).sort()) portBindings[key] = hc.portBindings[key].map((b) => ({ HostIp: b.hostIp, HostPort: b.hostPort }))
  return {
    Id: c.id,
    Created: rfc3339Nano(c.created, c.id),
    Path: c.path,
    Args: c.args,
    State: {
      Status: c.state.status, Running: running, Paused: c.state.status === 'paused', Restarting: c.state.status === 'restarting',
      OOMKilled: c.state.oomKilled ?? false, Dead: c.state.status === 'dead', Pid: running ? c.state.pid : 0, ExitCode: c.state.exitCode,
      Error: c.state.error, StartedAt: rfc3339Nano(c.state.startedAt, c.id.slice(8)), FinishedAt: rfc3339Nano(c.state.finishedAt, c.id.slice(16)),
    },
    Image: c.image,
    ResolvConfPath: started ? `${dir}/resolv.conf` : '',
    HostnamePath: started ? `${dir}/hostname` : '',
    HostsPath: started ? `${dir}/hosts` : '',
    LogPath: started ? `${dir}/${c.id}-json.log` : '',
    Name: `/${c.name}`,
    RestartCount: c.restartCount,
    Driver: 'overlay2',
    Platform: 'linux',
    MountLabel: '',
    ProcessLabel: '',
    AppArmorProfile: '',
    ExecIDs: c.execIds && c.execIds.length ? c.execIds : null,
    HostConfig: {
      Binds: hc.binds.length ? hc.binds : null,
      ContainerIDFile: '',
      LogConfig: { Type: 'json-file', Config: {} },
      NetworkMode: 'bridge',
      PortBindings: portBindings,
      RestartPolicy: { Name: hc.restartPolicy.name, MaximumRetryCount: hc.restartPolicy.maximumRetryCount },
      AutoRemove: hc.autoRemove,
      VolumeDriver: '',
      VolumesFrom: null,
      ConsoleSize: hc.consoleSize ?? [0, 0],
      CapAdd: null, CapDrop: null, CgroupnsMode: 'private', Dns: [], DnsOptions: [], DnsSearch: [], ExtraHosts: null, GroupAdd: null,
      IpcMode: 'private', Cgroup: '', Links: null, OomScoreAdj: 0, PidMode: '', Privileged: false, PublishAllPorts: hc.publishAllPorts ?? false,
      ReadonlyRootfs: false, SecurityOpt: null, UTSMode: '', UsernsMode: '', ShmSize: 67108864, Runtime: 'runc', Isolation: '',
      CpuShares: 0, Memory: 0, NanoCpus: 0, CgroupParent: '', BlkioWeight: 0, BlkioWeightDevice: [], BlkioDeviceReadBps: [],
      BlkioDeviceWriteBps: [], BlkioDeviceReadIOps: [], BlkioDeviceWriteIOps: [], CpuPeriod: 0, CpuQuota: 0, CpuRealtimePeriod: 0,
      CpuRealtimeRuntime: 0, CpusetCpus: '', CpusetMems: '', Devices: [], DeviceCgroupRules: null, DeviceRequests: null,
      MemoryReservation: 0, MemorySwap: 0, MemorySwappiness: null, OomKillDisable: null, PidsLimit: null, Ulimits: [],
      CpuCount: 0, CpuPercent: 0, IOMaximumIOps: 0, IOMaximumBandwidth: 0,
      MaskedPaths: ['/proc/asound', '/proc/acpi', '/proc/interrupts', '/proc/kcore', '/proc/keys', '/proc/latency_stats', '/proc/timer_list', '/proc/timer_stats', '/proc/sched_debug', '/proc/scsi', '/sys/firmware', '/sys/devices/virtual/powercap'],
      ReadonlyPaths: ['/proc/bus', '/proc/fs', '/proc/irq', '/proc/sys', '/proc/sysrq-trigger'],
    },
    GraphDriver: {
      Data: {
        ID: c.id,
        LowerDir: [`/var/lib/docker/overlay2/${layer}-init/diff`, ...lowers].join(':'),
        MergedDir: `/var/lib/docker/overlay2/${layer}/merged`,
        UpperDir: `/var/lib/docker/overlay2/${layer}/diff`,
        WorkDir: `/var/lib/docker/overlay2/${layer}/work`,
      },
      Name: 'overlay2',
    },
    Mounts: (c.mounts ?? []).map((m) => (m.type === 'volume'
      ? { Type: 'volume', Name: m.name, Source: m.source, Destination: m.destination, Driver: 'local', Mode: m.mode, RW: m.rw, Propagation: '' }
      : { Type: 'bind', Source: m.source, Destination: m.destination, Mode: m.mode, RW: m.rw, Propagation: 'rprivate' })),
    Config: {
      Hostname: c.config.hostname,
      Domainname: c.config.domainname ?? '',
      User: c.config.user,
      AttachStdin: c.config.attachStdin ?? false,
      AttachStdout: c.config.attachStdout ?? false,
      AttachStderr: c.config.attachStderr ?? false,
      ...(c.config.exposedPorts.length ? { ExposedPorts: Object.fromEntries([...c.config.exposedPorts].sort().map((p) => [p, {}])) } : {}),
      Tty: c.config.tty,
      OpenStdin: c.config.openStdin,
      StdinOnce: c.config.stdinOnce ?? false,
      Env: c.config.env,
      Cmd: c.config.cmd,
      Image: c.imageRef,
      Volumes: c.config.volumes?.length ? Object.fromEntries([...c.config.volumes].sort().map((v) => [v, {}])) : null,
      WorkingDir: c.config.workingDir,
      Entrypoint: c.config.entrypoint,
      OnBuild: null,
      Labels: Object.fromEntries(Object.entries(c.config.labels).sort(([a], [b]) => (a < b ? -1 : 1))),
      ...(c.config.stopSignal ? { StopSignal: c.config.stopSignal } : {}),
      ...(c.config.stopTimeout !== undefined ? { StopTimeout: c.config.stopTimeout } : {}),
    },
    NetworkSettings: {
      Bridge: '',
      SandboxID: net?.sandboxId ?? '',
      SandboxKey: net ? `/var/run/docker/netns/${net.sandboxId.slice(0, 12)}` : '',
      Ports: net ? ports(net.ports, c.config.exposedPorts) : {},
      HairpinMode: false,
      LinkLocalIPv6Address: '',
      LinkLocalIPv6PrefixLen: 0,
      SecondaryIPAddresses: null,
      SecondaryIPv6Addresses: null,
      EndpointID: bridge.EndpointID,
      Gateway: bridge.Gateway,
      GlobalIPv6Address: '',
      GlobalIPv6PrefixLen: 0,
      IPAddress: bridge.IPAddress,
      IPPrefixLen: bridge.IPPrefixLen,
      IPv6Gateway: '',
      MacAddress: bridge.MacAddress,
      Networks: { bridge },
    },
  }
}

/** The raw JSON body, as encoding/json writes it (HTML-escaped). */
export function containerInspectJson(ctx: ActionContext, c: ContainerRecord): string {
  return JSON.stringify(containerInspectObject(ctx, c)).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** container.InspectResponse as templates see it: Go field names (`.ID`), sub-objects as maps. */
const containerView = (raw: Record<string, unknown>) => {
  const { Id, ...rest } = raw
  return goStruct('container.InspectResponse', { ID: Id, ...rest, SizeRw: null, SizeRootFs: null }, () => goJson(raw))
}

export const inspectContainerJson: Inspector = async (ctx, name): Promise<Inspected> => {
  const c = ctx.api.container(name)
  return { raw: containerInspectJson(ctx, c), view: containerView }
}

export function containerInspectAction(ctx: ActionContext, names: readonly string[], format: string): Promise<number> {
  return inspectEach(ctx, names, format, async (name) => {
    try {
      return await inspectContainerJson(ctx, name)
    } catch (e) {
      return { error: daemonErrorText(e) }
    }
  })
}
