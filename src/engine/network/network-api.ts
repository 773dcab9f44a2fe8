/** The network slice of the Engine API (what dockerd serves under /networks): list, inspect, create, remove.
 *  The store's code loads on first use. Every method runs only while the daemon runs (engine.ts guards them). */
import type { DaemonContext } from '../daemon/daemon-context'
import { lazyModule } from '../lazy-module'
import type { NetworkEndpoint, NetworkRecord } from './networks'

export type { NetworkEndpoint, NetworkRecord }

export interface NetworkApi {
  networks(): Promise<NetworkRecord[]>
  /** By name, full ID or unique ID prefix; `network <input> not found` otherwise. */
  inspectNetwork(input: string): Promise<{ network: NetworkRecord; endpoints: NetworkEndpoint[] }>
  createNetwork(options: { name: string; driver?: string; internal?: boolean; attachable?: boolean; labels?: Record<string, string> }): Promise<NetworkRecord>
  removeNetwork(input: string): Promise<void>
}

const networksModule = lazyModule(() => import('./networks'))

export function createNetworkApi(ctx: DaemonContext): NetworkApi {
  return {
    networks: () => networksModule().then((m) => m.listNetworks(ctx)),
    inspectNetwork: (input) => networksModule().then((m) => m.inspectNetwork(ctx, input)),
    createNetwork: (options) => networksModule().then((m) => m.createNetwork(ctx, options)),
    removeNetwork: (input) => networksModule().then((m) => m.removeNetwork(ctx, input)),
  }
}
