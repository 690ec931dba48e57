import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { axTree, axeViolations } from '../helpers/ax.js';
import {
  defineFrameElement,
  sampleTable,
  type FrameTestElement,
  type FrameTestInput,
} from './frame-support.js';
import { describeIssue } from '../../src/core/i18n/messages.js';
import type { DataIssue } from '../../src/core/indicator/types.js';

const tag = defineFrameElement();
const issues: DataIssue[] = [
  { code: 'not-a-number', path: 'observations[3].value', got: '1.447.307', severity: 'error' },
  { code: 'unknown-place', path: 'observations[5].place', got: 'Sài Gòn X', severity: 'error' },
];

async function mount(input: Partial<FrameTestInput>): Promise<FrameTestElement> {
  const full: FrameTestInput = { lang: 'vi', title: 'Mật độ thuê bao', table: sampleTable(), ...input };
  const el = await fixture<FrameTestElement>(
    staticHtml`<${unsafeStatic(tag)} .input=${full}></${unsafeStatic(tag)}>`,
  );
  await el.updateComplete;
  return el;
}

const $ = (el: FrameTestElement, selector: string) => el.shadowRoot!.querySelector(selector) as HTMLElement;
const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();

describe('states', () => {
  it('loading: role=status says "Đang tải dữ liệu…" (vi) / "Loading data…" (en), no chart, no table, no export', async () => {
    const el = await mount({ state: { status: 'loading' } });
    const status = $(el, '[role="status"]');
    expect(text(status)).to.equal('Đang tải dữ liệu…');
    expect($(el, '.chart svg')).to.equal(null);
    expect($(el, 'table')).to.equal(null);
    expect($(el, '[part~="export-button"]')).to.equal(null);
    const tree = await axTree();
    if (tree !== false) expect(tree.some((n) => n.role === 'status')).to.equal(true);
    el.input = { ...el.input, lang: 'en' };
    await el.updateComplete;
    expect(text($(el, '[role="status"]'))).to.equal('Loading data…');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('drawing: role=status says "Đang vẽ biểu đồ…" (vi) / "Drawing the chart…" (en), no chart, no table, no export', async () => {
    const el = await mount({ state: { status: 'drawing' } });
    expect(text($(el, '[role="status"]'))).to.equal('Đang vẽ biểu đồ…');
    expect($(el, '.chart svg')).to.equal(null);
    expect($(el, 'table')).to.equal(null);
    expect($(el, '[part~="export-button"]')).to.equal(null);
    el.input = { ...el.input, lang: 'en' };
    await el.updateComplete;
    expect(text($(el, '[role="status"]'))).to.equal('Drawing the chart…');
  });

  it('the status element stays in place between states, so its text change is announced', async () => {
    const el = await mount({ state: { status: 'loading' } });
    const status = $(el, '[role="status"]');
    el.input = { ...el.input, state: { status: 'ready' } };
    await el.updateComplete;
    expect($(el, '[role="status"]')).to.equal(status);
    expect(text(status)).to.equal('');
    expect($(el, '.chart svg')).to.exist;
  });

  it('empty: the localised empty message inside the element', async () => {
    const el = await mount({ state: { status: 'empty' } });
    expect(text($(el, '[role="status"]'))).to.equal('Chưa có dữ liệu để hiển thị.');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('error: role=alert named by its title lists each issue’s describeIssue() message, in the page language', async () => {
    const el = await mount({ state: { status: 'error', issues } });
    const alert = $(el, '[role="alert"]');
    const title = el.shadowRoot!.getElementById(alert.getAttribute('aria-labelledby')!)!;
    expect(text(title)).to.equal('Không hiển thị được biểu đồ');
    const items = [...alert.querySelectorAll('li')].map(text);
    expect(items).to.deep.equal(issues.map((i) => describeIssue(i, 'vi')));
    el.input = { ...el.input, lang: 'en' };
    await el.updateComplete;
    expect([...$(el, '[role="alert"]').querySelectorAll('li')].map(text)).to.deep.equal(
      issues.map((i) => describeIssue(i, 'en')),
    );
    const tree = await axTree();
    if (tree !== false)
      expect(tree.some((n) => n.role === 'alert' && n.name === 'The chart cannot be shown')).to.equal(true);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('error: the Retry button is reachable by Tab and calls onRetry', async () => {
    let retries = 0;
    const el = await mount({ state: { status: 'error', issues }, onRetry: () => retries++, keymap: [] });
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Thử lại');
    await sendKeys({ press: 'Enter' });
    expect(retries).to.equal(1);
    before.remove();
  });

  it('error: a custom describeIssue and string overrides are used', async () => {
    const el = await mount({
      state: { status: 'error', issues: issues.slice(0, 1) },
      onRetry: () => undefined,
      describeIssue: (issue) => `Lỗi: ${issue.path}`,
      strings: { vi: { retry: 'Tải lại' } },
    });
    expect(text($(el, '[role="alert"] li'))).to.equal('Lỗi: observations[3].value');
    expect(text($(el, '[part~="retry-button"]'))).to.equal('Tải lại');
  });

  it('messages are text, never HTML', async () => {
    const el = await mount({
      state: { status: 'error', issues: issues.slice(0, 1) },
      describeIssue: () => '<img src=x onerror=alert(1)>',
    });
    expect($(el, '[role="alert"] img')).to.equal(null);
    expect(text($(el, '[role="alert"] li'))).to.equal('<img src=x onerror=alert(1)>');
  });
});
