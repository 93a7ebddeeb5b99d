// console.log-style formatting of what the extension host forwards (mocha's reporter uses %s and %d).
export function formatConsoleArgs(args) {
  const parts = args.map((x) => (typeof x === 'string' ? x : JSON.stringify(x)));
  if (parts.length === 0) return '';
  let next = 1;
  const head = parts[0].replace(/%[sdifoOc%]/g, (spec) => {
    if (spec === '%%') return '%';
    if (next >= parts.length) return spec;
    const value = parts[next++];
    return spec === '%c' ? '' : value;
  });
  return [head, ...parts.slice(next)].join(' ');
}
