/**
 * The user's display preferences as reactive booleans: reduced motion, forced colours, more contrast and
 * a dark colour scheme. Listens to `matchMedia` changes while connected (listeners removed on
 * disconnect) and asks the host to update when one changes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The media queries the controller follows. */
export const MEDIA_QUERIES = {
  reducedMotion: '(prefers-reduced-motion: reduce)',
  forcedColors: '(forced-colors: active)',
  moreContrast: '(prefers-contrast: more)',
  dark: '(prefers-color-scheme: dark)',
} as const;
export type MediaPreference = keyof typeof MEDIA_QUERIES;

/** Reactive display preferences. */
export class MediaController implements ReactiveController {
  /** `prefers-reduced-motion: reduce`: no animation at all. */
  reducedMotion = false;
  /** `forced-colors: active` (Windows high contrast): system colours only. */
  forcedColors = false;
  /** `prefers-contrast: more`: patterns on, stronger borders. */
  moreContrast = false;
  /** `prefers-color-scheme: dark`. */
  dark = false;

  private readonly host: ReactiveControllerHost;
  private lastPlotWidth: number | undefined;
  private readonly lists: { key: MediaPreference; list: MediaQueryList; listener: () => void }[] = [];

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
    this.read();
  }

  /**
   * The `data-motion` value of a plot drawn `width` px wide: `reduce` under reduced motion, and when the width
   * changed since the last call (the first layout included), so marks animate for new values but never for a
   * new size (a phone would otherwise see every bar shrink from the default width). Call once per render.
   */
  plotMotion(width: number): 'reduce' | 'full' {
    const resized = width !== this.lastPlotWidth;
    this.lastPlotWidth = width;
    return this.reducedMotion || resized ? 'reduce' : 'full';
  }

  hostConnected(): void {
    if (typeof matchMedia !== 'function') return;
    for (const key of Object.keys(MEDIA_QUERIES) as MediaPreference[]) {
      const list = matchMedia(MEDIA_QUERIES[key]);
      const listener = (): void => {
        if (this[key] === list.matches) return;
        this[key] = list.matches;
        this.host.requestUpdate();
      };
      list.addEventListener('change', listener);
      this.lists.push({ key, list, listener });
    }
    this.read();
  }

  hostDisconnected(): void {
    for (const { list, listener } of this.lists) list.removeEventListener('change', listener);
    this.lists.length = 0;
  }

  /** Number of `change` listeners currently attached (for tests of the clean-up). */
  get listenerCount(): number {
    return this.lists.length;
  }

  private read(): void {
    if (typeof matchMedia !== 'function') return;
    for (const key of Object.keys(MEDIA_QUERIES) as MediaPreference[]) {
      this[key] = matchMedia(MEDIA_QUERIES[key]).matches;
    }
  }
}
