/** Tiny command-line parser: `--flag` and `--name value` (no dependency for two scripts). */
function parseArgs(argv, spec) {
  const out = { ...spec.defaults };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (!arg.startsWith('--')) throw new Error(`unexpected argument ${arg}`);
    const name = arg.slice(2);
    if (spec.flags.includes(name)) out[name] = true;
    else if (spec.numbers.includes(name)) {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} needs a positive integer`);
      out[name] = value;
    } else if ((spec.strings ?? []).includes(name)) {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--')) throw new Error(`--${name} needs a value`);
      out[name] = value;
    } else throw new Error(`unknown option --${name}\n${spec.usage}`);
  }
  return out;
}

module.exports = { parseArgs };
