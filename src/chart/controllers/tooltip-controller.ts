/**
 * When the tooltip shows, for which mark, and why (WCAG 1.4.13):
 * - on hover of a mark and on keyboard focus of its item (hover → focus parity, ACCESSIBILITY row 13);
 * - hoverable: leaving the mark hides it only after {@link HIDE_DELAY_MS}, and entering the tooltip
 *   cancels that, so the pointer can move onto it;
 * - persistent: it stays while the pointer is on the mark or tooltip, or focus is on the item;
 * - dismissable: {@link TooltipController.dismiss} (Escape) hides it without moving focus, until another
 *   mark is hovered or focused.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Delay before a tooltip left by the pointer hides, ms. */
export const HIDE_DELAY_MS = 300;

/** Why the tooltip is shown. */
export type TooltipSource = 'pointer' | 'focus';

/** The tooltip controller. See the module comment. */
export class TooltipController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private hovered: string | undefined;
  private focusedKey: string | undefined;
  private overTooltip = false;
  private dismissedKey: string | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.clearTimer();
    this.hovered = undefined;
    this.focusedKey = undefined;
    this.overTooltip = false;
  }

  /** Key of the mark whose tooltip shows, if any. The pointer wins over focus. */
  get key(): string | undefined {
    const key = this.hovered ?? this.focusedKey;
    return key !== undefined && key !== this.dismissedKey ? key : undefined;
  }

  /** What brought the tooltip up. */
  get source(): TooltipSource | undefined {
    if (this.key === undefined) return undefined;
    return this.hovered !== undefined ? 'pointer' : 'focus';
  }

  /** The pointer entered mark `key`. */
  pointerEnter(key: string): void {
    this.clearTimer();
    if (this.hovered !== key) this.dismissedKey = undefined;
    this.hovered = key;
    this.host.requestUpdate();
  }

  /** The pointer left mark `key`: hide after a delay unless it reaches the tooltip or comes back. */
  pointerLeave(key: string): void {
    if (this.hovered !== key) return;
    this.scheduleHide();
  }

  /** The pointer entered the tooltip itself. */
  tooltipEnter(): void {
    this.overTooltip = true;
    this.clearTimer();
  }

  /** The pointer left the tooltip. */
  tooltipLeave(): void {
    this.overTooltip = false;
    this.scheduleHide();
  }

  /** Item `key` got focus. */
  focus(key: string): void {
    if (this.focusedKey !== key) this.dismissedKey = undefined;
    this.focusedKey = key;
    this.host.requestUpdate();
  }

  /** Focus left the items. */
  blur(): void {
    this.focusedKey = undefined;
    this.host.requestUpdate();
  }

  /** Escape: hides the tooltip; returns whether one was showing (then the key press is used up). */
  dismiss(): boolean {
    const key = this.key;
    if (key === undefined) return false;
    this.clearTimer();
    this.dismissedKey = key;
    this.host.requestUpdate();
    return true;
  }

  private scheduleHide(): void {
    this.clearTimer();
    this.hideTimer = setTimeout(() => {
      this.hideTimer = undefined;
      if (this.overTooltip) return;
      this.hovered = undefined;
      this.host.requestUpdate();
    }, HIDE_DELAY_MS);
  }

  private clearTimer(): void {
    if (this.hideTimer !== undefined) clearTimeout(this.hideTimer);
    this.hideTimer = undefined;
  }
}
