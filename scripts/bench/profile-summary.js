#!/usr/bin/env node
/**
 * node scripts/bench/profile-summary.js <file.cpuprofile> [--top N] [--match text] [--skip S]
 *
 * Where a benchmark's app process spent its CPU (a profile written by --profile): self time per
 * package / area, the hottest functions by self time, and inclusive time of the functions whose file
 * matches --match (default: the complaints plugin), i.e. what each plugin step costs with everything
 * it calls. --skip S leaves out the first S seconds (the boot). Idle time is what the process spent waiting (I/O, fsync inside a synchronous driver shows
 * as the driver's native frame, not idle).
 */
const fs = require('fs');

function parse(argv) {
  const out = { file: null, top: 25, match: 'plugins/complaints/dist', skip: 0 };
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--top') out.top = Number(argv[++i]);
    else if (argv[i] === '--match') out.match = argv[++i];
    else if (argv[i] === '--skip') out.skip = Number(argv[++i]) * 1000;
    else out.file = argv[i];
  }
  if (!out.file) throw new Error('usage: profile-summary.js <file.cpuprofile> [--top N] [--match text] [--skip S]');
  return out;
}

/** A readable area for a frame: the npm package, the plugin, node's internals, or V8's pseudo-frames. */
function areaOf(url, functionName) {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.includes('plugins/complaints/dist')) return 'complaints plugin';
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url.replace(/\\/g, '/'));
  if (match) {
    const all = [...url.replace(/\\/g, '/').matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)];
    return all[all.length - 1][1];
  }
  if (url.startsWith('node:')) return 'node internals';
  return url.replace(/^file:\/\//, '').replace(process.cwd() + '/', '');
}

function frameKey(node) {
  const { functionName, url, lineNumber } = node.callFrame;
  const short = url ? url.replace(/^file:\/\//, '').replace(/.*node_modules\//, '').replace(/.*plugins\/complaints\/dist\//, 'complaints/') : '';
  return `${functionName || '(anonymous)'} ${short}${url ? `:${lineNumber + 1}` : ''}`;
}

function summarise({ file, top, match, skip }) {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);

  const self = new Map();
  const areas = new Map();
  const inclusive = new Map();
  let total = 0;
  let elapsed = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000; // ms
    elapsed += dt;
    if (elapsed < skip) return;
    total += dt;
    const node = byId.get(id);
    const key = frameKey(node);
    self.set(key, (self.get(key) ?? 0) + dt);
    const area = areaOf(node.callFrame.url, node.callFrame.functionName);
    areas.set(area, (areas.get(area) ?? 0) + dt);
    // Inclusive: each matching function once per sample, however deep the recursion.
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const n = byId.get(cur);
      if (n.callFrame.url.includes(match)) seen.add(frameKey(n));
    }
    for (const k of seen) inclusive.set(k, (inclusive.get(k) ?? 0) + dt);
  });

  const busy = total - (areas.get('(idle)') ?? 0);
  const pct = (ms, of) => `${((100 * ms) / of).toFixed(1).padStart(5)}%`;
  const rows = (map, n, of) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, ms]) => `  ${(ms / 1000).toFixed(2).padStart(8)} s ${pct(ms, of)}  ${k}`)
      .join('\n');

  console.log(`${file}: ${(total / 1000).toFixed(1)} s sampled, ${(busy / 1000).toFixed(1)} s busy (${pct(busy, total).trim()})`);
  console.log(`\nself time by area (% of busy):\n${rows(new Map([...areas].filter(([k]) => k !== '(idle)')), top, busy)}`);
  console.log(`\nhottest functions, self time (% of busy):\n${rows(self, top, busy)}`);
  console.log(`\ninclusive time of functions in files matching "${match}" (% of busy):\n${rows(inclusive, top, busy)}`);
}

summarise(parse(process.argv.slice(2)));
