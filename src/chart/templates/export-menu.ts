import { html, nothing, type TemplateResult } from 'lit';
import type { UiStrings } from '../i18n/ui.js';

export const EXPORT_FORMATS = ['svg', 'png', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportMenuOptions {
  strings: UiStrings;
  open: boolean;
  buttonId: string;
  menuId: string;
  /** Formats offered, in order (CSV only when there is a table). */
  formats: readonly ExportFormat[];
  onButtonClick: () => void;
  onButtonKeydown: (event: KeyboardEvent) => void;
  onMenuKeydown: (event: KeyboardEvent) => void;
  onMenuFocusout: (event: FocusEvent) => void;
  onChoose: (format: ExportFormat) => void;
}

/**
 * An APG menu button: `aria-haspopup="menu"`, `aria-expanded`, `aria-controls`; the menu is
 * `role="menu"` with `role="menuitem"` buttons that take focus by arrow keys (tabindex −1, roving focus
 * handled by the figure controller). The menu is not rendered while closed.
 */
export function renderExportMenu(options: ExportMenuOptions): TemplateResult {
  const { strings, open } = options;
  const label: Record<ExportFormat, string> = {
    svg: strings.exportSvg,
    png: strings.exportPng,
    csv: strings.exportCsv,
  };
  return html`<div class="menu-anchor">
    <button
      type="button"
      class="button"
      part="button export-button"
      id=${options.buttonId}
      aria-haspopup="menu"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${open ? options.menuId : nothing}
      @click=${options.onButtonClick}
      @keydown=${options.onButtonKeydown}
    >
      ${strings.exportMenu}
    </button>
    ${
      open
        ? html`<div
            class="menu"
            role="menu"
            part="menu"
            id=${options.menuId}
            aria-labelledby=${options.buttonId}
            @keydown=${options.onMenuKeydown}
            @focusout=${options.onMenuFocusout}
          >
            ${options.formats.map(
              (format) =>
                html`<button
                  type="button"
                  role="menuitem"
                  class="menuitem"
                  part="menuitem"
                  tabindex="-1"
                  data-format=${format}
                  @click=${() => options.onChoose(format)}
                >
                  ${label[format]}
                </button>`,
            )}
          </div>`
        : nothing
    }
  </div>`;
}
