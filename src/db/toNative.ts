/** Converts driver values (Integer, temporal types, nodes, relationships) into plain JSON values. */
export function toNative(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(toNative);
  if (typeof value !== 'object') return value;
  const v = value as Record<string, unknown> & { constructor?: { name?: string } };
  // neo4j Integer
  if (typeof v.toNumber === 'function' && 'low' in v && 'high' in v) {
    return (v as unknown as { toNumber(): number }).toNumber();
  }
  // temporal types (Date, DateTime, LocalDateTime, Duration, ...) print ISO forms
  if ('year' in v && 'month' in v && typeof v.toString === 'function' && !('properties' in v)) {
    return String(v.toString());
  }
  // Node / Relationship: their properties, plus labels for nodes
  if ('properties' in v && ('labels' in v || 'type' in v) && 'elementId' in v) {
    const props = toNative(v.properties) as Record<string, unknown>;
    if (Array.isArray(v.labels)) return { ...props, __labels: v.labels };
    return { ...props, __type: v.type };
  }
  const out: Record<string, unknown> = {};
  for (const [k, val] of Object.entries(v)) out[k] = toNative(val);
  return out;
}
