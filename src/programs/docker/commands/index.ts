/** The registry of every docker command the sandbox declares: the root, the groups, the commands (one file each,
 *  named after its path) and the top-level entries it lists without modelling. The engine integration plugs each
 *  command's handler into its declaration's `run:`; until then it is `unavailable`.
 *  Invariant: every file in ../shared/reference/help has its command here (help.golden.test.ts holds them). */
import type { DockerRegistry } from '../cli/define-command'
import { container } from './container'
import { containerAttach } from './container-attach'
import { containerCommit } from './container-commit'
import { containerCp } from './container-cp'
import { containerCreate } from './container-create'
import { containerDiff } from './container-diff'
import { containerExec } from './container-exec'
import { containerExport } from './container-export'
import { containerInspect } from './container-inspect'
import { containerKill } from './container-kill'
import { containerLogs } from './container-logs'
import { containerLs } from './container-ls'
import { containerPause } from './container-pause'
import { containerPort } from './container-port'
import { containerPrune } from './container-prune'
import { containerRename } from './container-rename'
import { containerRestart } from './container-restart'
import { containerRm } from './container-rm'
import { containerRun } from './container-run'
import { containerStart } from './container-start'
import { containerStats } from './container-stats'
import { containerStop } from './container-stop'
import { containerTop } from './container-top'
import { containerUnpause } from './container-unpause'
import { containerUpdate } from './container-update'
import { containerWait } from './container-wait'
import { imageBuild } from './image-build'
import { imageHistory } from './image-history'
import { imageImport } from './image-import'
import { imageInspect } from './image-inspect'
import { imageLoad } from './image-load'
import { imageLs } from './image-ls'
import { imagePrune } from './image-prune'
import { imagePull } from './image-pull'
import { imagePush } from './image-push'
import { imageRm } from './image-rm'
import { imageSave } from './image-save'
import { imageTag } from './image-tag'
import { inspect } from './inspect'
import { login } from './login'
import { logout } from './logout'
import { networkConnect } from './network-connect'
import { networkCreate } from './network-create'
import { networkDisconnect } from './network-disconnect'
import { networkInspect } from './network-inspect'
import { networkLs } from './network-ls'
import { networkPrune } from './network-prune'
import { networkRm } from './network-rm'
import { search } from './search'
import { systemDf } from './system-df'
import { systemEvents } from './system-events'
import { systemInfo } from './system-info'
import { systemPrune } from './system-prune'
import { version } from './version'
import { volumeCreate } from './volume-create'
import { volumeInspect } from './volume-inspect'
import { volumeLs } from './volume-ls'
import { volumePrune } from './volume-prune'
import { volumeRm } from './volume-rm'
import { volumeUpdate } from './volume-update'
import { docker } from './docker'
import { image } from './image'
import { network } from './network'
import { system } from './system'
import { unmodelledCommands } from './unmodelled-commands'
import { volume } from './volume'

/** Every command declaration, by export name. */
export const dockerCommands = {
  containerAttach,
  containerCommit,
  containerCp,
  containerCreate,
  containerDiff,
  containerExec,
  containerExport,
  containerInspect,
  containerKill,
  containerLogs,
  containerLs,
  containerPause,
  containerPort,
  containerPrune,
  containerRename,
  containerRestart,
  containerRm,
  containerRun,
  containerStart,
  containerStats,
  containerStop,
  containerTop,
  containerUnpause,
  containerUpdate,
  containerWait,
  imageBuild,
  imageHistory,
  imageImport,
  imageInspect,
  imageLoad,
  imageLs,
  imagePrune,
  imagePull,
  imagePush,
  imageRm,
  imageSave,
  imageTag,
  inspect,
  login,
  logout,
  networkConnect,
  networkCreate,
  networkDisconnect,
  networkInspect,
  networkLs,
  networkPrune,
  networkRm,
  search,
  systemDf,
  systemEvents,
  systemInfo,
  systemPrune,
  version,
  volumeCreate,
  volumeInspect,
  volumeLs,
  volumePrune,
  volumeRm,
  volumeUpdate,
}

export const dockerGroups = { container, image, network, system, volume }

export const dockerRegistry: DockerRegistry = {
  root: docker,
  groups: Object.values(dockerGroups),
  commands: Object.values(dockerCommands),
  unmodelled: unmodelledCommands,
}
