// Instrumentation of the lifetime tests (not a test file): wraps the browser APIs through which a web
// component can outlive its removal — observers, listeners on window / document / media query lists,
// timers and animation frames — and counts what is still live. Install it before the library is imported.
//
// Attribution: each record keeps the stack that created it; it counts as the library's when a frame of
// that stack is a file under `/src/` (the dev server serves the sources there). Test code, mocha and wtr
// never match. The records hold no strong reference to an observed node or a finished timer, so the
// instrumentation itself does not keep removed elements alive (the heap test measures that).

/** What is live now, the library's part only. */
export interface LiveCounts {
  resizeObservers: number;
  intersectionObservers: number;
  mutationObservers: number;
  /** Listeners on `window`, net of removals. */
  windowListeners: number;
  /** Listeners on `document`, net of removals. */
  documentListeners: number;
  /** `change` (or any) listeners on MediaQueryList objects, net of removals. */
  mediaListeners: number;
  timeouts: number;
  intervals: number;
  frames: number;
}

/** How many of each were ever created by the library (to prove the wrapping is in effect). */
export interface CreatedCounts {
  resizeObservers: number;
  intersectionObservers: number;
  mutationObservers: number;
  listeners: number;
  timeouts: number;
  intervals: number;
  frames: number;
}

export interface Instrumentation {
  live(): LiveCounts;
  created(): CreatedCounts;
  /** Creation stacks of what is live (first lines), to say where a leak comes from. */
  describeLive(): string[];
}

const LIBRARY_FRAME = /\/src\/[^\s)]*\.(?:ts|js)/;

function stackNow(): string {
  return new Error().stack ?? '';
}

function isLibrary(stack: string): boolean {
  // The first line is the message; skip frames of this file.
  return stack
    .split('\n')
    .slice(1)
    .some((line) => !line.includes('/test/') && LIBRARY_FRAME.test(line));
}

function libraryFrame(stack: string): string {
  return (
    stack
      .split('\n')
      .find((line) => !line.includes('/test/') && LIBRARY_FRAME.test(line))
      ?.trim() ?? '?'
  );
}

type ObserverKind = 'resize' | 'intersection' | 'mutation';

interface ObserverRecord {
  kind: ObserverKind;
  stack: string;
  /** Observed targets, weakly: a removed, unreachable node must stay collectable. */
  targets: Set<WeakRef<object>>;
}

interface ListenerRecord {
  where: 'window' | 'document' | 'media';
  stack: string;
}

interface TimerRecord {
  kind: 'timeout' | 'interval' | 'frame';
  stack: string;
}

let installed: Instrumentation | undefined;

/** Wraps the APIs once per page; later calls return the same instrumentation. */
export function installInstrumentation(): Instrumentation {
  if (installed !== undefined) return installed;

  // ─── observers ──────────────────────────────────────────────────────────────────────────────────
  const liveObservers = new Map<object, ObserverRecord>();
  const createdObservers: Record<ObserverKind, number> = { resize: 0, intersection: 0, mutation: 0 };

  const track = (kind: ObserverKind, stack: string): ObserverRecord | undefined => {
    if (!isLibrary(stack)) return undefined;
    createdObservers[kind] += 1;
    return { kind, stack, targets: new Set() };
  };
  const observed = (observer: object, record: ObserverRecord | undefined, target: object): void => {
    if (record === undefined) return;
    for (const ref of record.targets) if (ref.deref() === target) return;
    record.targets.add(new WeakRef(target));
    liveObservers.set(observer, record);
  };
  const unobserved = (observer: object, record: ObserverRecord | undefined, target: object): void => {
    if (record === undefined) return;
    for (const ref of record.targets) if (ref.deref() === target) record.targets.delete(ref);
    if (record.targets.size === 0) liveObservers.delete(observer);
  };
  const disconnected = (observer: object, record: ObserverRecord | undefined): void => {
    if (record === undefined) return;
    record.targets.clear();
    liveObservers.delete(observer);
  };

  const records = new WeakMap<object, ObserverRecord | undefined>();

  if (typeof ResizeObserver === 'function') {
    const Original = ResizeObserver;
    globalThis.ResizeObserver = class extends Original {
      constructor(callback: ResizeObserverCallback) {
        super(callback);
        records.set(this, track('resize', stackNow()));
      }
      override observe(target: Element, options?: ResizeObserverOptions): void {
        super.observe(target, options);
        observed(this, records.get(this), target);
      }
      override unobserve(target: Element): void {
        super.unobserve(target);
        unobserved(this, records.get(this), target);
      }
      override disconnect(): void {
        super.disconnect();
        disconnected(this, records.get(this));
      }
    };
  }

  if (typeof IntersectionObserver === 'function') {
    const Original = IntersectionObserver;
    globalThis.IntersectionObserver = class extends Original {
      constructor(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
        super(callback, options);
        records.set(this, track('intersection', stackNow()));
      }
      override observe(target: Element): void {
        super.observe(target);
        observed(this, records.get(this), target);
      }
      override unobserve(target: Element): void {
        super.unobserve(target);
        unobserved(this, records.get(this), target);
      }
      override disconnect(): void {
        super.disconnect();
        disconnected(this, records.get(this));
      }
    };
  }

  {
    const Original = MutationObserver;
    globalThis.MutationObserver = class extends Original {
      constructor(callback: MutationCallback) {
        super(callback);
        records.set(this, track('mutation', stackNow()));
      }
      override observe(target: Node, options?: MutationObserverInit): void {
        super.observe(target, options);
        observed(this, records.get(this), target);
      }
      override disconnect(): void {
        super.disconnect();
        disconnected(this, records.get(this));
      }
    };
  }

  // ─── listeners on window, document and media query lists ────────────────────────────────────────
  // target → listener → capture flag + type → record. Listeners left on these targets are kept alive by
  // the page anyway, so holding them strongly here changes nothing; removed ones are dropped.
  const listeners = new Map<EventTarget, Map<unknown, Map<string, ListenerRecord>>>();
  let createdListeners = 0;
  const whereOf = (target: EventTarget): ListenerRecord['where'] | undefined =>
    target === window
      ? 'window'
      : target === document
        ? 'document'
        : typeof MediaQueryList === 'function' && target instanceof MediaQueryList
          ? 'media'
          : undefined;
  const captureOf = (options: boolean | EventListenerOptions | undefined): boolean =>
    typeof options === 'boolean' ? options : options?.capture === true;

  const proto = EventTarget.prototype;
  const originalAdd = proto.addEventListener;
  const originalRemove = proto.removeEventListener;
  proto.addEventListener = function (
    this: EventTarget,
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ): void {
    originalAdd.call(this, type, listener, options);
    const where = whereOf(this);
    if (where === undefined || listener === null) return;
    const stack = stackNow();
    if (!isLibrary(stack)) return;
    // A `once` listener or one with a signal removes itself: not counted (the library uses neither here).
    if (typeof options === 'object' && (options.once === true || options.signal !== undefined)) return;
    const key = `${captureOf(options)} ${type}`;
    let byListener = listeners.get(this);
    if (byListener === undefined) listeners.set(this, (byListener = new Map()));
    let byKey = byListener.get(listener);
    if (byKey === undefined) byListener.set(listener, (byKey = new Map()));
    if (!byKey.has(key)) {
      byKey.set(key, { where, stack });
      createdListeners += 1;
    }
  };
  proto.removeEventListener = function (
    this: EventTarget,
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | EventListenerOptions,
  ): void {
    originalRemove.call(this, type, listener, options);
    const byListener = listeners.get(this);
    const byKey = byListener?.get(listener);
    if (byListener === undefined || byKey === undefined) return;
    byKey.delete(`${captureOf(options)} ${type}`);
    if (byKey.size === 0) byListener.delete(listener);
    if (byListener.size === 0) listeners.delete(this);
  };

  // ─── timers and frames ──────────────────────────────────────────────────────────────────────────
  const timers = new Map<string, TimerRecord>();
  const createdTimers = { timeouts: 0, intervals: 0, frames: 0 };
  const originalSetTimeout = window.setTimeout.bind(window);
  const originalClearTimeout = window.clearTimeout.bind(window);
  const originalSetInterval = window.setInterval.bind(window);
  const originalClearInterval = window.clearInterval.bind(window);
  const originalRaf = window.requestAnimationFrame.bind(window);
  const originalCaf = window.cancelAnimationFrame.bind(window);

  // Timeouts and intervals share one id space; frames have their own.
  const timerKey = (id: unknown) => `t${String(id)}`;
  const frameKey = (id: unknown) => `f${String(id)}`;

  window.setTimeout = function (handler: TimerHandler, timeout?: number, ...args: unknown[]): number {
    const stack = stackNow();
    const library = isLibrary(stack);
    let id = 0;
    const run =
      typeof handler === 'function'
        ? (...a: unknown[]) => {
            timers.delete(timerKey(id));
            (handler as (...b: unknown[]) => void)(...a);
          }
        : handler;
    id = originalSetTimeout(run, timeout, ...args);
    if (library) {
      timers.set(timerKey(id), { kind: 'timeout', stack });
      createdTimers.timeouts += 1;
    }
    return id;
  } as typeof window.setTimeout;
  window.clearTimeout = function (id?: number): void {
    originalClearTimeout(id);
    timers.delete(timerKey(id));
  } as typeof window.clearTimeout;
  window.setInterval = function (handler: TimerHandler, timeout?: number, ...args: unknown[]): number {
    const stack = stackNow();
    const id = originalSetInterval(handler, timeout, ...args);
    if (isLibrary(stack)) {
      timers.set(timerKey(id), { kind: 'interval', stack });
      createdTimers.intervals += 1;
    }
    return id;
  } as typeof window.setInterval;
  window.clearInterval = function (id?: number): void {
    originalClearInterval(id);
    timers.delete(timerKey(id));
  } as typeof window.clearInterval;
  window.requestAnimationFrame = function (callback: FrameRequestCallback): number {
    const stack = stackNow();
    let id = 0;
    id = originalRaf((time) => {
      timers.delete(frameKey(id));
      callback(time);
    });
    if (isLibrary(stack)) {
      timers.set(frameKey(id), { kind: 'frame', stack });
      createdTimers.frames += 1;
    }
    return id;
  };
  window.cancelAnimationFrame = function (id: number): void {
    originalCaf(id);
    timers.delete(frameKey(id));
  };

  // ─── reading ────────────────────────────────────────────────────────────────────────────────────
  const liveListenerRecords = (): ListenerRecord[] =>
    [...listeners.values()].flatMap((byListener) =>
      [...byListener.values()].flatMap((byKey) => [...byKey.values()]),
    );

  installed = {
    live() {
      const observers = [...liveObservers.values()];
      const listenerRecords = liveListenerRecords();
      const timerRecords = [...timers.values()];
      const count = <T>(list: T[], test: (item: T) => boolean) => list.filter(test).length;
      return {
        resizeObservers: count(observers, (o) => o.kind === 'resize'),
        intersectionObservers: count(observers, (o) => o.kind === 'intersection'),
        mutationObservers: count(observers, (o) => o.kind === 'mutation'),
        windowListeners: count(listenerRecords, (l) => l.where === 'window'),
        documentListeners: count(listenerRecords, (l) => l.where === 'document'),
        mediaListeners: count(listenerRecords, (l) => l.where === 'media'),
        timeouts: count(timerRecords, (t) => t.kind === 'timeout'),
        intervals: count(timerRecords, (t) => t.kind === 'interval'),
        frames: count(timerRecords, (t) => t.kind === 'frame'),
      };
    },
    created() {
      return {
        resizeObservers: createdObservers.resize,
        intersectionObservers: createdObservers.intersection,
        mutationObservers: createdObservers.mutation,
        listeners: createdListeners,
        ...createdTimers,
      };
    },
    describeLive() {
      return [
        ...[...liveObservers.values()].map(
          (o) => `${o.kind} observer (${o.targets.size} targets) from ${libraryFrame(o.stack)}`,
        ),
        ...liveListenerRecords().map((l) => `${l.where} listener from ${libraryFrame(l.stack)}`),
        ...[...timers.values()].map((t) => `${t.kind} from ${libraryFrame(t.stack)}`),
      ];
    },
  };
  return installed;
}
