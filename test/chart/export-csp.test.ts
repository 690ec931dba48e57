import { expect, fixture } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { defineFrameElement, sampleTable, type FrameTestElement } from './frame-support.js';
import { serializeSvg, svgToPngBlob } from '../../src/chart/export.js';

// A CMS page with a strict image policy: the PNG export must work with `img-src 'self' data: blob:`.
// (This file has its own page in wtr, so the policy does not leak into other tests.)
const meta = document.createElement('meta');
meta.httpEquiv = 'Content-Security-Policy';
meta.content = "img-src 'self' data: blob:";
document.head.append(meta);

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) =>
  violations.push(`${e.violatedDirective} ${e.blockedURI}`),
);

const tag = defineFrameElement();

describe("PNG export under CSP img-src 'self' data: blob:", () => {
  it('the policy is in force (an image from another origin is refused)', async () => {
    const image = new Image();
    const failed = new Promise<boolean>((resolve) => {
      image.onerror = () => resolve(true);
      image.onload = () => resolve(false);
    });
    image.src = 'https://example.invalid/x.png';
    expect(await failed).to.equal(true);
    await new Promise((r) => setTimeout(r, 50));
    expect(violations.some((v) => v.startsWith('img-src'))).to.equal(true);
    violations.length = 0;
  });

  it('svgToPngBlob() makes a PNG without any policy violation', async () => {
    const el = await fixture<FrameTestElement>(
      staticHtml`<${unsafeStatic(tag)} .input=${{ lang: 'vi', title: 'T', table: sampleTable() }}></${unsafeStatic(tag)}>`,
    );
    await el.updateComplete;
    const svg = el.shadowRoot!.querySelector('.chart svg') as SVGSVGElement;
    const blob = await svgToPngBlob(serializeSvg(svg, { title: 'T', description: 'D' }), 240, 120);
    expect(blob.type).to.equal('image/png');
    expect(blob.size).to.be.greaterThan(100);
    await new Promise((r) => setTimeout(r, 50));
    expect(violations).to.deep.equal([]);
  });
});
