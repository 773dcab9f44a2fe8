/** What `yum install docker-ce` (or `docker`) puts on the host: the CLI, dockerd, containerd, runc and their
 *  systemd units. Loaded only when a world installs Docker (yum, or a fresh docker-ready world). */
import type { TreeSpec } from '../engine/layer/file-tree'

export function dockerPackage(): TreeSpec {
  return {
    'usr/bin/docker': { program: 'docker', size: 40_235_544 },
    'usr/bin/dockerd': { program: 'dockerd', size: 78_013_544 },
    'usr/bin/docker-proxy': { size: 2_240_512, mode: 0o755 },
    'usr/bin/containerd': { program: 'containerd', size: 39_710_000 },
    'usr/bin/containerd-shim-runc-v2': { size: 8_237_208, mode: 0o755 },
    'usr/bin/ctr': { size: 19_398_872, mode: 0o755 },
    'usr/bin/runc': { size: 11_911_000, mode: 0o755 },
    'usr/lib/systemd/system/docker.service': DOCKER_SERVICE,
    'usr/lib/systemd/system/docker.socket': DOCKER_SOCKET,
    'usr/lib/systemd/system/containerd.service': CONTAINERD_SERVICE,
    'usr/libexec/docker/cli-plugins/docker-buildx': { size: 72_081_560, mode: 0o755 },
    'usr/libexec/docker/cli-plugins/docker-compose': { size: 71_450_000, mode: 0o755 },
    'etc/containerd/config.toml': '#   Copyright 2018-2022 Docker Inc.\n\n#   Licensed under the Apache License, Version 2.0 (the "License");\n#   you may not use this file except in compliance with the License.\n#   You may obtain a copy of the License at\n\n#       http://www.apache.org/licenses/LICENSE-2.0\n\n#   Unless required by applicable law or agreed to in writing, software\n#   distributed under the License is distributed on an "AS IS" BASIS,\n#   WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.\n#   See the License for the specific language governing permissions and\n#   limitations under the License.\n\ndisabled_plugins = ["cri"]\n\n#root = "/var/lib/containerd"\n#state = "/run/containerd"\n#subreaper = true\n#oom_score = 0\n\n#[grpc]\n#  address = "/run/containerd/containerd.sock"\n#  uid = 0\n#  gid = 0\n\n#[debug]\n#  address = "/run/containerd/debug.sock"\n#  uid = 0\n#  gid = 0\n#  level = "info"\n',
    'etc/docker/': {},
  }
}

/** The links `systemctl enable docker` makes (for scenarios that start with docker enabled). */
export function dockerEnabledLinks(): TreeSpec {
  return { 'etc/systemd/system/multi-user.target.wants/docker.service': { link: '/usr/lib/systemd/system/docker.service' } }
}

export const DOCKER_SOCKET = `[Unit]
Description=Docker Socket for the API

[Socket]
# If /var/run is not implemented as a symlink to /run, you may need to
# specify ListenStream=/var/run/docker.sock instead.
ListenStream=/run/docker.sock
SocketMode=0660
SocketUser=root
SocketGroup=docker

[Install]
WantedBy=sockets.target
`

export const CONTAINERD_SERVICE = `# Copyright The containerd Authors.
#
# Licensed under the Apache License, Version 2.0 (the "License");
# you may not use this file except in compliance with the License.
# You may obtain a copy of the License at
#
#     http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS,
# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
# See the License for the specific language governing permissions and
# limitations under the License.

[Unit]
Description=containerd container runtime
Documentation=https://containerd.io
After=network.target local-fs.target dbus.service

[Service]
ExecStartPre=-/sbin/modprobe overlay
ExecStart=/usr/bin/containerd

Type=notify
Delegate=yes
KillMode=process
Restart=always
RestartSec=5

# Having non-zero Limit*s causes performance problems due to accounting overhead
# in the kernel. We recommend using cgroups to do container-local accounting.
LimitNPROC=infinity
LimitCORE=infinity

# Comment TasksMax if your systemd version does not supports it.
# Only systemd 226 and above support this version.
TasksMax=infinity
OOMScoreAdjust=-999

[Install]
WantedBy=multi-user.target
`

export const DOCKER_SERVICE = `[Unit]
Description=Docker Application Container Engine
Documentation=https://docs.docker.com
After=network-online.target docker.socket firewalld.service containerd.service time-set.target
Wants=network-online.target containerd.service
Requires=docker.socket

[Service]
Type=notify
# the default is not to use systemd for cgroups because the delegate issues still
# exists and systemd currently does not support the cgroup feature set required
# for containers run by docker
ExecStart=/usr/bin/dockerd -H fd:// --containerd=/run/containerd/containerd.sock
ExecReload=/bin/kill -s HUP $MAINPID
TimeoutStartSec=0
RestartSec=2
Restart=always

# Note that StartLimit* options were moved from "Service" to "Unit" in systemd 229.
# Both the old, and new location are accepted by systemd 229 and up, so using the old location
# to make them work for either version of systemd.
StartLimitBurst=3

# Note that StartLimitInterval was renamed to StartLimitIntervalSec in systemd 230.
# Both the old, and new name are accepted by systemd 230 and up, so using the old name to make
# this option work for either version of systemd.
StartLimitInterval=60s

# Having non-zero Limit*s causes performance problems due to accounting overhead
# in the kernel. We recommend using cgroups to do container-local accounting.
LimitNPROC=infinity
LimitCORE=infinity

# Comment TasksMax if your systemd version does not support it.
# Only systemd 226 and above support this option.
TasksMax=infinity

# set delegate yes so that systemd does not reset the cgroups of docker containers
Delegate=yes

# kill only the docker process, not all processes in the cgroup
KillMode=process
OOMScoreAdjust=-500

[Install]
WantedBy=multi-user.target
`
