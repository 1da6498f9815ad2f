/**
 * Which fields currently hold text that could not be written into the document. Fields report
 * here (an external store, not React state, so a field can withdraw its entry when it unmounts);
 * the editor subscribes and holds the autosave while any entry remains.
 */
export class InvalidFieldStore {
  private readonly ids = new Set<string>();
  private readonly listeners = new Set<() => void>();
  private snapshot: readonly string[] = [];

  set(id: string, invalid: boolean): void {
    if (invalid === this.ids.has(id)) return;
    if (invalid) this.ids.add(id);
    else this.ids.delete(id);
    this.snapshot = [...this.ids];
    for (const listener of this.listeners) listener();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Stable between changes, as useSyncExternalStore requires. */
  getSnapshot = (): readonly string[] => this.snapshot;

  getServerSnapshot = (): readonly string[] => EMPTY;
}

const EMPTY: readonly string[] = [];
