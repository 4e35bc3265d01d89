// Pure: SQL text of a list's FROM clause, trimmed to what a statement uses.

/**
 * The FROM clause without the LEFT JOINs a statement does not use. Only a join on the joined
 * table's own id (`LEFT JOIN staff o ON o.id = p.owner_id`) is dropped: it adds at most one row
 * per row, so leaving it out changes neither the count nor the order. SQLite keeps such joins in
 * a count(*); on 100,000 projects the three lookups per row cost ~250 ms per page.
 */
export function slimFrom(from: string, used: string): string {
  return from.replace(
    /\s+LEFT JOIN\s+\w+\s+(\w+)\s+ON\s+(\w+)\.id\s*=\s*\w+\.\w+(?=\s+LEFT JOIN|\s*$)/g,
    (join, alias: string, keyAlias: string) =>
      alias === keyAlias && !new RegExp(`\\b${alias}\\.`).test(used) ? '' : join,
  );
}
