import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { estimateTextWidth, type TextFont, type TextMeasure } from '../geometry/text.js';

type MetricsHost = ReactiveControllerHost & HTMLElement;

/** One measure per font family, shared by every chart on the page (50 small charts: one canvas, not 50). */
const measures = new Map<string, TextMeasure>();

/** A canvas-backed text measure in `family` (falls back to the estimate when there is no canvas). */
export function canvasMeasure(family: string): TextMeasure {
  const known = measures.get(family);
  if (known !== undefined) return known;
  const context = typeof document !== 'undefined' ? document.createElement('canvas').getContext('2d') : null;
  if (context === null) return estimateTextWidth;
  let current = '';
  const measure = (text: string, font: TextFont) => {
    const css = `${font.italic ? 'italic ' : ''}${font.bold ? '700 ' : ''}${font.size}px ${family}`;
    // Setting `font` parses it again each time, even to the same value: only when it changes.
    if (css !== current) {
      context.font = css;
      current = css;
    }
    // 3 % spare: hinting and a user's letter-spacing must not make two labels touch.
    return context.measureText(text).width * 1.03;
  };
  measures.set(family, measure);
  return measure;
}

/** Controllers of charts connected since their last style read (see `hostUpdate`). */
const unread = new Set<TextMetricsController>();

/**
 * The element's text metrics for layout: the label font size (7/8 of the host's font size, at least
 * 12 px) and a measure of text in the host's real font. Read once per update, before render: one
 * computed-style lookup (for the first update after connecting, one for all the charts connected together),
 * and a measure shared per font family.
 */
export class TextMetricsController implements ReactiveController {
  /** Font size of labels in CSS px. */
  fontSize = 14;
  /** Width of a text in the element's font; a new function when the family changes (a view input). */
  measure: TextMeasure = estimateTextWidth;

  private readonly host: MetricsHost;
  private family = '';
  /** Read by another chart's first update, for this update: no need to read again. */
  private readAhead = false;

  constructor(host: MetricsHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    unread.add(this);
  }

  hostDisconnected(): void {
    unread.delete(this);
    this.readAhead = false;
  }

  hostUpdate(): void {
    if (unread.has(this)) {
      // The first update after connecting: read every chart connected since in one go, before any of them
      // renders. Read one by one, each read after the previous chart's render forces a style recalculation
      // (50 small charts: 50 recalculations instead of one).
      for (const controller of unread) {
        controller.read();
        controller.readAhead = controller !== this;
      }
      unread.clear();
      return;
    }
    if (this.readAhead) {
      this.readAhead = false;
      return;
    }
    this.read();
  }

  private read(): void {
    const style = getComputedStyle(this.host);
    const base = parseFloat(style.fontSize);
    this.fontSize = Math.max(12, Math.round((Number.isFinite(base) ? base : 16) * 0.875));
    if (style.fontFamily !== this.family) {
      this.family = style.fontFamily;
      this.measure = style.fontFamily === '' ? estimateTextWidth : canvasMeasure(style.fontFamily);
    }
  }
}
