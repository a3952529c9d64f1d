import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat's utime and stime (USER_HZ, 100 on Linux). */
const ticksPerSecond = 100;

function cpuMsOf(pid: number | string): number {
  try {
    // Fields after the command name (which may hold spaces) start at state; utime and stime are 12th and 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
  } catch {
    return 0; // gone, or not Linux
  }
}

function postgresCpuMs(): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/u.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').startsWith('postgres')) total += cpuMsOf(entry);
    } catch {
      // exited meanwhile
    }
  }
  return total;
}

export interface CpuSnapshot {
  /** This process (the load generator). */
  client: number;
  servers: number;
  /** Every postgres process on the machine (PGlite runs inside the server). */
  postgres: number;
}

/**
 * CPU milliseconds used so far by this process, some server processes and PostgreSQL: on a shared 2-core
 * machine the CPU a burst costs per order is steadier than its wall-clock rate, and says who spends it.
 */
export function cpuSnapshot(serverPids: readonly number[]): CpuSnapshot {
  const self = process.cpuUsage();
  return {
    client: (self.user + self.system) / 1000,
    servers: serverPids.reduce((sum, pid) => sum + cpuMsOf(pid), 0),
    postgres: postgresCpuMs(),
  };
}

export function cpuPerItem(before: CpuSnapshot, after: CpuSnapshot, items: number): CpuSnapshot {
  return {
    client: (after.client - before.client) / items,
    servers: (after.servers - before.servers) / items,
    postgres: (after.postgres - before.postgres) / items,
  };
}
