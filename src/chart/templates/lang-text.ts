import { html, type TemplateResult } from 'lit';
import { vietnameseRuns } from '../../core/i18n/lang-runs.js';
import type { Language } from '../../core/indicator/types.js';

/**
 * `text` as text nodes, with its Vietnamese passages in `<span lang="vi">` when the UI is in another
 * language (ACCESSIBILITY row 39), so a screen reader switches voice for "Sở Thông tin và Truyền thông".
 */
export function langText(text: string, uiLang: Language): string | TemplateResult[] {
  const runs = vietnameseRuns(text, uiLang);
  if (runs.length === 1 && runs[0]!.lang === undefined) return text;
  return runs.map((run) =>
    run.lang === undefined ? html`${run.text}` : html`<span lang="vi">${run.text}</span>`,
  );
}
