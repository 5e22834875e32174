/**
 * Copies the fields whose value is not `undefined`, so that optional fields are absent, never undefined —
 * the keys listed in `order` first, in that order, as the schemas write them when they parse.
 * @internal
 */
export function defined<T extends object>(
  fields: { [K in keyof T]: T[K] | undefined },
  order: readonly string[] = [],
): T {
  const source = fields as Record<string, unknown>;
  const result: Record<string, unknown> = {};
  for (const key of [...order, ...Object.keys(source)]) {
    const value = source[key];
    if (value !== undefined && Object.hasOwn(source, key) && !Object.hasOwn(result, key)) result[key] = value;
  }
  return result as T;
}
