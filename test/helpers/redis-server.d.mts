export interface RedisServer {
  readonly port: number
  readonly url: string
  stop(): Promise<void>
}
export declare function hasRedisServer(): boolean
export declare function startRedisServer(): Promise<RedisServer>
