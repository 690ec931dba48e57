import { html, nothing, type TemplateResult } from 'lit';
import type { Language, Source } from '../../core/indicator/types.js';
import { formatDate } from '../../core/format/format.js';
import type { UiStrings } from '../i18n/ui.js';
import { langText } from './lang-text.js';

/** Ids of the frame's elements; unique inside the element's shadow root (one frame per root). */
export interface FrameIds {
  figure: string;
  title: string;
  summary: string;
  tableRegion: string;
  table: string;
  tableToggle: string;
  menuButton: string;
  menu: string;
  helpButton: string;
  help: string;
  helpTitle: string;
  errorTitle: string;
  live: string;
}

let frameCount = 0;

/**
 * A fresh set of ids. They only need to be unique inside one shadow root, but a per-frame prefix keeps
 * them unique even when an author puts two frames in one root (a dashboard element).
 */
export function createFrameIds(): FrameIds {
  const p = `ict-${(frameCount++).toString(36)}`;
  return {
    figure: `${p}-figure`,
    title: `${p}-title`,
    summary: `${p}-summary`,
    tableRegion: `${p}-table-region`,
    table: `${p}-table`,
    tableToggle: `${p}-table-toggle`,
    menuButton: `${p}-menu-button`,
    menu: `${p}-menu`,
    helpButton: `${p}-help-button`,
    help: `${p}-help`,
    helpTitle: `${p}-help-title`,
    errorTitle: `${p}-error-title`,
    live: `${p}-live`,
  };
}

/** Whether a URL may become a link: only absolute http(s) URLs (never `javascript:` or `data:`). */
export function isHttpUrl(url: string | undefined): url is string {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch {
    return false;
  }
}

function sameSource(a: Source, b: Source): boolean {
  return (
    a.publisher === b.publisher &&
    a.title === b.title &&
    a.url === b.url &&
    a.date === b.date &&
    a.file === b.file
  );
}

/** The distinct, non-empty sources, in order. */
export function distinctSources(sources: readonly (Source | undefined)[] | undefined): Source[] {
  const out: Source[] = [];
  for (const source of sources ?? []) {
    if (!source) continue;
    if (!source.publisher && !source.title && !source.url && !source.file) continue;
    if (!out.some((seen) => sameSource(seen, source))) out.push(source);
  }
  return out;
}

function renderOneSource(source: Source, lang: Language): TemplateResult {
  const words = [source.publisher, source.title].filter((w): w is string => Boolean(w));
  const label = words.length > 0 ? words.join(', ') : (source.url ?? source.file ?? '');
  const date = source.date ? ` (${formatDate(source.date, lang)})` : '';
  const file = !isHttpUrl(source.url) && source.file && words.length > 0 ? ` [${source.file}]` : '';
  // A non-http(s) URL is shown as text, never as a link.
  const rawUrl = !isHttpUrl(source.url) && source.url && words.length > 0 ? ` <${source.url}>` : '';
  return isHttpUrl(source.url)
    ? html`<a part="source-link" href=${source.url} rel="noopener noreferrer">${langText(label, lang)}</a
        >${date}`
    : html`${langText(label, lang)}${date}${file}${rawUrl}`;
}

/** "Nguồn: A (2017); B" — nothing when there is no source. */
export function renderSourceLine(
  sources: readonly (Source | undefined)[] | undefined,
  lang: Language,
  strings: UiStrings,
): TemplateResult | typeof nothing {
  const list = distinctSources(sources);
  if (list.length === 0) return nothing;
  return html`<p class="source" part="source">
    ${strings.source}: ${list.map((source, i) => html`${i > 0 ? '; ' : ''}${renderOneSource(source, lang)}`)}
  </p>`;
}

/** Everything the frame lays out; the controller fills it. */
export interface FrameParts {
  ids: FrameIds;
  lang: Language;
  strings: UiStrings;
  title: string;
  headingLevel: number;
  summary: readonly string[];
  landmark: boolean;
  toolbar: TemplateResult | typeof nothing;
  status: TemplateResult;
  error: TemplateResult | typeof nothing;
  chart: unknown;
  table: TemplateResult | typeof nothing;
  source: TemplateResult | typeof nothing;
  help: TemplateResult | typeof nothing;
}

/** Heading levels 1–6; anything else gives 2. */
export function clampHeadingLevel(level: number | undefined): number {
  return level !== undefined && Number.isInteger(level) && level >= 1 && level <= 6 ? level : 2;
}

/**
 * The named figure (ACCESSIBILITY rows 1, 2, 33, 37): a `<figure>` labelled by its visible title
 * (`role="heading"` at the author's level) and described by the summary. The summary is the fallback
 * content of `<slot name="description">`, so an author's description replaces it and is read once.
 */
export function renderFrame(parts: FrameParts): TemplateResult {
  const { ids } = parts;
  return html`<figure
    class="figure"
    part="figure"
    id=${ids.figure}
    role=${parts.landmark ? 'region' : nothing}
    aria-labelledby=${ids.title}
    aria-describedby=${ids.summary}
  >
    <div class="header" part="header">
      <div class="title" part="title" id=${ids.title} role="heading" aria-level=${parts.headingLevel}>
        ${langText(parts.title || parts.strings.untitled, parts.lang)}
      </div>
      ${parts.toolbar}
    </div>
    <div class="summary" part="summary" id=${ids.summary}>
      <slot name="description"
        >${parts.summary.length > 0 ? html`<p>${langText(parts.summary.join(' '), parts.lang)}</p>` : nothing}</slot
      >
    </div>
    ${parts.status} ${parts.error}
    <div class="chart" part="chart">${parts.chart}</div>
    ${parts.table} ${parts.source}
    <div class="visually-hidden" part="live" id=${ids.live} aria-live="polite" aria-atomic="true"></div>
    ${parts.help}
  </figure>`;
}
