/** The few globals that every JavaScript platform we run on (browsers, Node ≥ 20) provides and that the pure core
 *  may use. The core is compiled without the DOM lib on purpose; anything else belongs in src/adapters. */
declare class TextEncoder {
  encode(input?: string): Uint8Array
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean })
  decode(input?: Uint8Array, options?: { stream?: boolean }): string
}
declare function structuredClone<T>(value: T): T
declare function queueMicrotask(callback: () => void): void
