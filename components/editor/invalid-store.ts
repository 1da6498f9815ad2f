/**
 * Which fields currently hold text that could not be written into the document, and that text.
 * Fields report here (an external store, not React state, so a field can withdraw its entry when
 * it unmounts). The document keeps the field's last valid value, so the rest of the draft saves
 * as usual; the text itself is kept in the browser's copy of the draft (local-copy.ts) and marked
 * until it is fixed. After a reload the texts are handed back to the fields as they mount.
 */
export type RawTexts = Readonly<Record<string, string>>;

export class InvalidFieldStore {
  private texts: RawTexts = EMPTY;
  private restoredTexts: RawTexts = EMPTY;
  private readonly listeners = new Set<() => void>();

  /** `text` null: the field holds a valid entry (or is gone). */
  set(id: string, text: string | null): void {
    if (text === null ? !(id in this.texts) : this.texts[id] === text) return;
    const next = { ...this.texts };
    if (text === null) delete next[id];
    else next[id] = text;
    this.texts = next;
    for (const listener of this.listeners) listener();
  }

  /** Texts restored from the browser's copy, for fields about to mount. */
  restore(texts: RawTexts): void {
    this.restoredTexts = texts;
  }

  /** The restored text of a field as it mounts (null: show the document's value). */
  restored(id: string): string | null {
    return this.restoredTexts[id] ?? null;
  }

  /** Once the fields have mounted: a field added later must not pick up an old text. */
  clearRestored(): void {
    this.restoredTexts = EMPTY;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Stable between changes, as useSyncExternalStore requires. */
  getSnapshot = (): RawTexts => this.texts;

  getServerSnapshot = (): RawTexts => EMPTY;
}

const EMPTY: RawTexts = Object.freeze({});
