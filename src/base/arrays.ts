/**
 * Array helpers for lists as long as the input: `push(...items)` and `Math.min(...items)` pass every
 * item as an argument, and past about 100,000 of them (a paragraph of 200,000 copies of a sentence,
 * a folder of 200,000 articles) the call overflows the stack.
 */
export function append<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The smallest of the numbers (Infinity for none). */
export function least(numbers: Iterable<number>): number {
  let out = Infinity;
  for (const n of numbers) if (n < out) out = n;
  return out;
}

/** The largest of the numbers (-Infinity for none). */
export function most(numbers: Iterable<number>): number {
  let out = -Infinity;
  for (const n of numbers) if (n > out) out = n;
  return out;
}

/**
 * The first index in [0, count) at which `before` is false, where `before` is true up to some index
 * and false from there on (a sorted list searched by bisection): `count` when it is never false.
 */
export function partitionPoint(count: number, before: (index: number) => boolean): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (before(mid)) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Adds an item to the list a map holds under a key, starting the list where there is none (grouping in one pass). */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, item: V): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}
