// How far the reports folder has been read, and whether it is there at all: what the library
// says while it loads (answers from what is loaded, /healthz, `/reports status`) and what a
// question that should wait for the whole library waits on.

/** Reports read so far, of the folder's. */
export type LoadingProgress = Readonly<{ done: number; total: number }>;

export class LoadProgress {
  private loading_: LoadingProgress | null = null;
  private folderMissingSince_: Date | null = null;
  private readonly waiters: (() => void)[] = [];

  /** Set while the reports folder is still being read: how far it has got. */
  get loading(): LoadingProgress | null {
    return this.loading_;
  }

  /** `progress` is read as it changes (loadLibrary updates it as batches arrive); null once loaded. */
  setLoading(progress: LoadingProgress | null): void {
    this.loading_ = progress;
    if (progress === null) for (const wake of this.waiters.splice(0)) wake();
  }

  /** Resolves true once the library is loaded, or false when `timeoutMs` passes first. */
  whenLoaded(timeoutMs: number): Promise<boolean> {
    if (this.loading_ === null) return Promise.resolve(true);
    return new Promise((resolve) => {
      const wake = (): void => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(wake), 1);
        resolve(false);
      }, timeoutMs);
      this.waiters.push(wake);
    });
  }

  /** Since when the reports folder has been missing (the reports last read from it are still served); null while it is there. */
  get folderMissingSince(): Date | null {
    return this.folderMissingSince_;
  }

  /** The reports folder is missing (true: since now, unless already missing) or there again (false). */
  setFolderMissing(missing: boolean): void {
    this.folderMissingSince_ = missing ? (this.folderMissingSince_ ?? new Date()) : null;
  }
}
