/**
 * At most a few workbook parses at a time in one server process, so that parallel uploads cannot
 * add up past a known amount of memory. The others wait a little for a slot, in order, and are
 * then turned away with "busy" rather than piling up.
 */
export class ParseSlots {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    readonly size: number,
    readonly maxWaiting: number,
    readonly waitMs: number,
  ) {}

  /** Runs `task` in a slot; `{ busy: true }` when none came free in time. */
  async run<T>(task: () => Promise<T>): Promise<{ busy: false; value: T } | { busy: true }> {
    if (!(await this.acquire())) return { busy: true };
    try {
      return { busy: false, value: await task() };
    } finally {
      this.release();
    }
  }

  private acquire(): Promise<boolean> {
    if (this.active < this.size) {
      this.active++;
      return Promise.resolve(true);
    }
    if (this.waiting.length >= this.maxWaiting) return Promise.resolve(false);
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        resolve(true); // the slot is handed over: `active` stays as it is
      };
      const timer = setTimeout(() => {
        const at = this.waiting.indexOf(wake);
        if (at >= 0) this.waiting.splice(at, 1);
        resolve(false);
      }, this.waitMs);
      this.waiting.push(wake);
    });
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.active--;
  }
}
