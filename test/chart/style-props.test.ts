import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { styleProps, type StyleProps } from '../../src/chart/templates/style-props.js';

describe('styleProps()', () => {
  const draw = (container: HTMLElement, props: StyleProps): HTMLElement => {
    render(html`<div style=${styleProps(props)}></div>`, container);
    return container.firstElementChild as HTMLElement;
  };

  it('sets properties through the CSSOM on the first render, with no style attribute string written by lit', () => {
    const container = document.createElement('div');
    const el = draw(container, { left: '4px', '--x': '1' });
    expect(el.style.left).to.equal('4px');
    expect(el.style.getPropertyValue('--x')).to.equal('1');
  });

  it('removes a stale shorthand before setting longhands (inset → left/top keeps left and top)', () => {
    const container = document.createElement('div');
    const el = draw(container, { inset: '0' });
    expect(el.style.left).to.equal('0px');
    draw(container, { left: '10px', top: '20px', width: '5px' });
    expect([el.style.left, el.style.top, el.style.width]).to.deep.equal(['10px', '20px', '5px']);
    expect(el.style.right).to.equal('');
  });

  it('drops properties that are undefined or no longer given', () => {
    const container = document.createElement('div');
    const el = draw(container, { left: '1px', top: '2px' });
    draw(container, { left: '1px', top: undefined });
    expect(el.style.top).to.equal('');
    expect(el.style.left).to.equal('1px');
  });
});
