import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

// Starting and stopping the servers under test, and watching their memory from /proc.

export type Server = {
  pid: number;
  url: string;
  /** Peak VmRSS seen by the sampler since the last reset, in MB. */
  rssPeak(): number;
  resetPeak(): void;
  /** VmHWM: the process's own high-water mark since it started, in MB. */
  hwm(): number;
  stop(): Promise<void>;
  output(): string;
};

/**
 * CPU time (user + system) a process has used, in ms (clock ticks of 10 ms); with `children`,
 * also that of its exited children (PostgreSQL's parallel and autovacuum workers).
 */
export function cpuMs(pid: number, children = false): number {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ').map(Number);
    return (f[11]! + f[12]! + (children ? f[13]! + f[14]! : 0)) * 10;
  } catch {
    return 0;
  }
}

/**
 * Busy CPU time of the whole machine and of "our" processes (the bench, the server under test,
 * PostgreSQL), in ms. Other engineers share this machine: the difference is their load.
 */
export function machineCpu(pids: number[]): { busy: number; ours: number } {
  const [, ...t] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).map(Number);
  const busy = (t[0]! + t[1]! + t[2]! + t[5]! + t[6]! + t[7]!) * 10;
  const postgres = readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        return readFileSync(`/proc/${d}/comm`, 'utf8').trim() === 'postgres';
      } catch {
        return false;
      }
    })
    .map(Number);
  const ours = pids.reduce((sum, pid) => sum + cpuMs(pid), 0);
  return { busy, ours: postgres.reduce((sum, pid) => sum + cpuMs(pid, true), ours) };
}

function statusMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`${field}:\\s+(\\d+) kB`));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** Spawns `node args…` and waits (at most `timeoutMs`) until GET `readyPath` answers 200. */
export async function startServer(opts: {
  args: string[];
  env: Record<string, string>;
  port: number;
  readyPath: string;
  timeoutMs?: number;
}): Promise<Server> {
  const child: ChildProcess = spawn(process.execPath, opts.args, {
    env: { ...process.env, ...opts.env, PORT: String(opts.port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const keep = (b: Buffer) => {
    out = (out + b.toString()).slice(-20_000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${opts.port}`;
  const deadline = Date.now() + (opts.timeoutMs ?? 120_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${out}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server not ready in time:\n${out}`);
    }
    const ok = await fetch(url + opts.readyPath).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const pid = child.pid!;
  let peak = 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, statusMb(pid, 'VmRSS'));
  }, 200);
  timer.unref();
  return {
    pid,
    url,
    rssPeak: () => Math.max(peak, statusMb(pid, 'VmRSS')),
    resetPeak: () => {
      peak = statusMb(pid, 'VmRSS');
    },
    hwm: () => statusMb(pid, 'VmHWM'),
    output: () => out,
    async stop() {
      clearInterval(timer);
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(killer);
    },
  };
}
