/**
 * Keeps the last computed view of an element and recomputes it only when one of its inputs changed
 * (compared with `===`): a render for a tooltip or a focus move must not re-run layout, summary and table.
 *
 * @example
 * ```ts
 * private readonly views = new ViewMemo<BarView | undefined>();
 * const view = this.views.get([dataset, lang, this.size.width], () => this.computeView(dataset, lang));
 * ```
 */
export class ViewMemo<V> {
  private inputs: readonly unknown[] | undefined;
  private value: V | undefined;

  /** The view for `inputs`: the cached one when every input is identical, else `compute()`. */
  get(inputs: readonly unknown[], compute: () => V): V {
    const last = this.inputs;
    if (last !== undefined && last.length === inputs.length && inputs.every((v, i) => v === last[i])) {
      return this.value as V;
    }
    this.inputs = inputs;
    this.value = compute();
    return this.value;
  }

  /** The last computed view, if any. */
  get current(): V | undefined {
    return this.value;
  }
}
