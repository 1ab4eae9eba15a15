// Stands in for the `format` package (printf-style messages) inside the plugin bundle. Only
// `fault`, through micromark-extension-frontmatter, calls it, to word an error about invalid
// frontmatter options that Glimmers never passes. The original finds the global object with
// `(0, eval)("this")`, which the bundle must not carry (reviewers and our own checks refuse eval).
export default function format(template, ...values) {
  let next = 0;
  return String(template).replace(/%([%sdifjo])/g, (whole, kind) => {
    if (kind === '%') return '%';
    if (next >= values.length) return whole;
    const value = values[next++];
    if (kind === 'd' || kind === 'i') return String(Math.trunc(Number(value)));
    if (kind === 'f') return String(Number(value));
    if (kind === 'j' || kind === 'o') return JSON.stringify(value);
    return String(value);
  });
}
