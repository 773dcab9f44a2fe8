import { describe, expect, it } from 'vitest'
import { createNetStack, NetError } from './netstack'
import { readAllText } from './stream'

describe('the machine\'s network', () => {
  it('refuses a port nobody listens on, and cannot reach an address no namespace has', async () => {
    const net = createNetStack()
    await expect(net.host.connect('127.0.0.1', 8081)).rejects.toMatchObject({ errno: 'ECONNREFUSED' })
    await expect(net.host.connect('10.9.9.9', 80)).rejects.toBeInstanceOf(NetError)
  })

  it('forwards a published port to the container, which sees the bridge gateway as its client', async () => {
    const net = createNetStack()
    const ns = net.createNamespace('c1', '172.17.0.2')
    const listener = ns.listen(80)
    net.publish('0.0.0.0', 8080, '172.17.0.2', 80)
    const client = await net.host.connect('127.0.0.1', 8080)
    const server = (await listener.accept())!
    expect(server.remoteAddress).toBe('172.17.0.1')
    client.writer.write('ping')
    expect(await server.reader.read()).toBe('ping')
    server.writer.write('pong')
    server.writer.close?.()
    expect(await readAllText(client.reader)).toBe('pong')
    expect(ns.counters).toEqual({ rx: 4, tx: 4 })
  })

  it('keeps a container\'s loopback to itself and frees its ports when it goes', async () => {
    const net = createNetStack()
    const ns = net.createNamespace('c1', '172.17.0.2')
    ns.listen(6379)
    await expect(net.host.connect('127.0.0.1', 6379)).rejects.toMatchObject({ errno: 'ECONNREFUSED' })
    await expect(ns.connect('127.0.0.1', 6379)).resolves.toBeDefined()
    expect(() => ns.listen(6379)).toThrow(/address already in use/)
    ns.destroy()
    await expect(net.host.connect('172.17.0.2', 6379)).rejects.toMatchObject({ errno: 'EHOSTUNREACH' })
  })
})
