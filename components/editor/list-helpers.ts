/**
 * Immutable updates of the document: every edit returns a new object along the changed path and
 * shares the rest, so React sees exactly what changed and the autosave can compare by identity.
 */

/** Receives a function from the old value to the new; the editor's one way of writing. */
export type Updater<T> = (change: (value: T) => T) => void;

/** The updater of one property of a value held by `update`. */
export function focusKey<T extends object, K extends keyof T>(update: Updater<T>, key: K): Updater<T[K]> {
  return (change) => update((value) => ({ ...value, [key]: change(value[key]) }));
}

/** The updater of one row of a list held by `update`. */
export function focusIndex<T>(update: Updater<T[]>, index: number): Updater<T> {
  return (change) => update((list) => updateAt(list, index, change));
}

export function updateAt<T>(list: readonly T[], index: number, change: (item: T) => T): T[] {
  return list.map((item, i) => (i === index ? change(item) : item));
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

/** `item` back at `index` (clamped to the list's end): how an undone removal returns in place. */
export function insertAt<T>(list: readonly T[], index: number, item: T): T[] {
  const at = Math.max(0, Math.min(index, list.length));
  return [...list.slice(0, at), item, ...list.slice(at)];
}

/** Moves the item at `from` to `to`; out-of-range moves return an unchanged copy. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = [...list];
  if (from < 0 || from >= list.length || to < 0 || to >= list.length || from === to) return copy;
  const [item] = copy.splice(from, 1) as [T];
  copy.splice(to, 0, item);
  return copy;
}

export function append<T>(list: readonly T[], item: T): T[] {
  return [...list, item];
}

/** The keys of T whose value may be left out. */
export type OptionalKeys<T> = { [K in keyof T]-?: undefined extends T[K] ? K : never }[keyof T];

/** A copy without the given optional keys (deleted, not set to undefined: the stored JSON omits them). */
export function withoutKeys<T extends object>(value: T, keys: readonly OptionalKeys<T>[]): T {
  const copy = { ...value };
  for (const key of keys) delete copy[key];
  return copy;
}
