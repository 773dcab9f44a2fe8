/** What the docker client can ask of the daemon: the engine's API as the CLI sees it (like the Engine HTTP API).
 *  It fails with EngineError('unavailable') while the daemon is stopped, as a closed socket would. */
import type { Engine } from '../../engine/daemon/engine'

export type DockerApi = Engine
