import { html, nothing, type TemplateResult } from 'lit';
import type { UiStrings } from '../i18n/ui.js';

export const FRAME_STATUSES = ['empty', 'loading', 'drawing', 'ready', 'error'] as const;
export type FrameStatus = (typeof FRAME_STATUSES)[number];

/**
 * The polite status line: "Đang tải dữ liệu…" while loading, "Đang vẽ biểu đồ…" while the chart of a large
 * document is computed, the empty message when there is no data, nothing when ready. The `role="status"` element
 * is always rendered, so a change of its text is announced (a live region inserted together with its text often
 * is not).
 */
export function renderStatus(status: FrameStatus, strings: UiStrings): TemplateResult {
  const text = status === 'ready' || status === 'error' ? '' : strings[status];
  return html`<div class="status ${text ? '' : 'status-idle'}" role="status" part="status">${text}</div>`;
}

export interface ErrorStateOptions {
  strings: UiStrings;
  /** One localised sentence per issue (`describeIssue(issue, lang)`). */
  messages: readonly string[];
  /** Called by the Retry button; no button when absent. */
  onRetry?: () => void;
  /** Id of the error title, for the alert's name. */
  titleId: string;
}

/**
 * The error state: an alert named by its title with every issue's message and a Retry button. Rendered
 * only while there is an error, so its appearance is announced once (`role="alert"`).
 */
export function renderError(options: ErrorStateOptions): TemplateResult {
  const { strings, messages, onRetry, titleId } = options;
  return html`<div class="error" role="alert" part="error" aria-labelledby=${titleId}>
    <p class="error-title" id=${titleId} part="error-title">${strings.errorTitle}</p>
    ${
      messages.length > 0
        ? html`<ul class="error-list" part="error-list">
            ${messages.map((message) => html`<li part="error-message">${message}</li>`)}
          </ul>`
        : nothing
    }
    ${
      onRetry
        ? html`<button type="button" class="button" part="button retry-button" @click=${() => onRetry()}>
            ${strings.retry}
          </button>`
        : nothing
    }
  </div>`;
}
