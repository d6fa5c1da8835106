// The part of autocannon 8's API the bench uses (the package ships no types).
declare module 'autocannon' {
  export type Context = Record<string, unknown>;
  export type RawRequest = {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
  };
  export type Request = RawRequest & {
    setupRequest?: (req: RawRequest, context: Context) => RawRequest | null;
    onResponse?: (status: number, body: string, context: Context) => void;
  };
  export type Options = {
    url: string;
    connections?: number;
    duration?: number;
    amount?: number;
    timeout?: number;
    requests?: Request[];
    overallRate?: number;
  };
  export type Result = {
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    resets: number;
    statusCodeStats: Record<string, { count: number }>;
  };
  export type Instance = Promise<Result> & {
    on(event: 'response', fn: (client: unknown, status: number, bytes: number, ms: number) => void): void;
    stop(): void;
  };
  export default function autocannon(opts: Options): Instance;
}
