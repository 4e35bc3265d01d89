/** Reading the Content-Security-Policy the app ships, for the unit checklist and the e2e specs. */

export type Csp = Map<string, string[]>;

/** The policy from the page's <meta http-equiv="Content-Security-Policy">, or null if there is none. */
export function cspOf(html: string): Csp | null {
  const meta = /<meta\b[^>]*http-equiv=["']Content-Security-Policy["'][^>]*>/i.exec(html)?.[0];
  const content = meta && /\bcontent=(["'])([\s\S]*?)\1/i.exec(meta)?.[2];
  if (!content) return null;
  const policy: Csp = new Map();
  for (const part of content.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/**
 * Sources naming a place outside the packaged files: hosts, `*`, and schemes other than data:
 * and blob: (which hold only what the page itself made). Keywords like 'self' are quoted.
 */
export function remoteSources(policy: Csp): string[] {
  const local = (s: string) => s.startsWith("'") || s === 'data:' || s === 'blob:';
  return [...policy.entries()].flatMap(([name, sources]) =>
    sources.filter((s) => !local(s)).map((s) => `${name} ${s}`),
  );
}

/** Inline code in the page: <script> without src, inline event handlers, javascript: URLs. */
export function inlineCode(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (!/\bsrc=/i.test(m[1] ?? '') || (m[2] ?? '').trim() !== '') found.push(m[0].slice(0, 80));
  }
  for (const m of html.matchAll(/<[^>]+\son[a-z]+\s*=/gi)) found.push(m[0].slice(0, 80));
  for (const m of html.matchAll(/(?:href|src)\s*=\s*["']\s*javascript:/gi)) found.push(m[0]);
  return found;
}
