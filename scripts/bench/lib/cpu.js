/**
 * CPU time from /proc (Linux): what a round cost the app process, and the database server's processes,
 * in milliseconds. Throughput on a shared two-core machine scatters by ±10 % from run to run; CPU per
 * request scatters far less, so it shows what a change to a path costs. Elsewhere it answers null.
 */
const fs = require('fs');
const { execFileSync } = require('child_process');

let ticksPerSecond = null;
function msPerTick() {
  if (ticksPerSecond === null) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return 1000 / ticksPerSecond;
}

/** utime + stime of one process (all its threads), in ms; null when /proc cannot tell. */
function processCpuMs(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // the command may contain spaces: fields count from after its closing parenthesis
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * msPerTick();
  } catch {
    return null;
  }
}

/** The summed CPU of every process whose command is `name` (e.g. the postgres server's backends), in ms. */
function commandCpuMs(name) {
  let total = 0;
  let seen = false;
  let entries;
  try {
    entries = fs.readdirSync('/proc');
  } catch {
    return null;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (fs.readFileSync(`/proc/${entry}/comm`, 'utf8').trim() !== name) continue;
      const ms = processCpuMs(entry);
      if (ms !== null) {
        total += ms;
        seen = true;
      }
    } catch {
      // the process ended meanwhile
    }
  }
  return seen ? total : null;
}

/**
 * CPU spent between `start()` and `stop()` by the app (`pid`) and, when `database` names a server
 * command, by that server. A backend that ended meanwhile takes its time along, so the database figure is
 * a lower bound.
 */
function cpuMeter(pid, database) {
  let at = null;
  const read = () => ({ app: processCpuMs(pid), db: database ? commandCpuMs(database) : null });
  return {
    start() {
      at = read();
    },
    stop() {
      const now = read();
      const delta = (key) => (at[key] === null || now[key] === null ? null : now[key] - at[key]);
      return { appMs: delta('app'), dbMs: delta('db') };
    },
  };
}

module.exports = { cpuMeter };
