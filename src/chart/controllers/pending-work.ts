/**
 * What a chart's `updateComplete` waits for beyond lit's own update: marks drawn over several frames
 * (`ProgressiveController`), a large view computed over several tasks (`ViewMemo.getStaged`). Each source of such
 * work registers here, and `IctChartElement.getUpdateComplete` awaits them until none is left.
 */

/** A promise of the source's work in progress, or `undefined` when it has none. */
export type WorkSource = () => Promise<void> | undefined;

const sources = new WeakMap<object, WorkSource[]>();

/** Registers `source` as work that the `updateComplete` of `host` waits for. */
export function addPendingWork(host: object, source: WorkSource): void {
  const list = sources.get(host);
  if (list === undefined) sources.set(host, [source]);
  else list.push(source);
}

/** A promise of the first work still in progress on `host`, or `undefined` when it has none. */
export function pendingWork(host: object): Promise<void> | undefined {
  for (const source of sources.get(host) ?? []) {
    const work = source();
    if (work !== undefined) return work;
  }
  return undefined;
}
