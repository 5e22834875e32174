/** Freezes a value and everything reachable from it, so that any write to it throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  const pending: unknown[] = [value];
  const seen = new Set<unknown>();
  for (let next = pending.pop(); next !== undefined || pending.length > 0; next = pending.pop()) {
    if (typeof next !== "object" || next === null || seen.has(next)) continue;
    seen.add(next);
    try {
      Object.freeze(next);
    } catch {
      // A typed array with elements cannot be frozen; nothing newsgraph reads is one.
    }
    for (const key of Reflect.ownKeys(next)) {
      const descriptor = Object.getOwnPropertyDescriptor(next, key);
      if (descriptor !== undefined && "value" in descriptor) pending.push(descriptor.value);
    }
  }
  return value;
}
