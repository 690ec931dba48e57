import { html, type TemplateResult } from 'lit';
import type { UiStrings } from '../i18n/ui.js';

/**
 * One row of the key map, already in the page's language. The navigation controller exports the keymap
 * its handler binds, so the help can never list a key that does nothing (or miss one).
 */
export interface HelpKey {
  /** Key names as shown, e.g. `['←', '→']` or `['Home']`. */
  keys: readonly string[];
  /** What the keys do, e.g. "Giá trị trước / sau". */
  action: string;
}

export interface HelpDialogOptions {
  strings: UiStrings;
  keymap: readonly HelpKey[];
  dialogId: string;
  titleId: string;
  onClose: () => void;
}

/**
 * The keyboard help: a modal `<dialog>` named by its heading, with the key map as a table. The native
 * dialog gives Escape and the focus trap; the figure controller returns focus to the opener on close.
 */
export function renderHelpDialog(options: HelpDialogOptions): TemplateResult {
  const { strings, keymap } = options;
  return html`<dialog
    class="help"
    part="help-dialog"
    id=${options.dialogId}
    aria-labelledby=${options.titleId}
    @close=${options.onClose}
  >
    <div class="help-header">
      <p class="help-title" role="heading" aria-level="2" id=${options.titleId} part="help-title">
        ${strings.helpTitle}
      </p>
      <button
        type="button"
        class="button"
        part="button help-close"
        @click=${(event: Event) => ((event.currentTarget as HTMLElement).closest('dialog') as HTMLDialogElement).close()}
      >
        ${strings.close}
      </button>
    </div>
    <p part="help-intro">${strings.helpIntro}</p>
    <table class="help-keys" part="help-table">
      <thead>
        <tr>
          <th scope="col">${strings.helpKeyColumn}</th>
          <th scope="col">${strings.helpActionColumn}</th>
        </tr>
      </thead>
      <tbody>
        ${keymap.map(
          (entry) =>
            html`<tr>
              <th scope="row">
                ${entry.keys.map((key, i) => html`${i > 0 ? ' ' : ''}<kbd part="key">${key}</kbd>`)}
              </th>
              <td>${entry.action}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </dialog>`;
}
