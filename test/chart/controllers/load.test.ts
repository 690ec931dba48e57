import { expect, waitUntil } from '@open-wc/testing';
import { loadIndicatorSource, sourceFormatOf } from '../../../src/chart/load.js';
import type { ParseResult } from '../../../src/core/indicator/types.js';
import { FIXTURES, recordEscapes, requestId, requestLog, settle, type EscapeRecorder } from './support.js';

function issueCodes(result: ParseResult): string[] {
  return result.ok ? [] : result.issues.map((issue) => issue.code);
}

describe('sourceFormatOf()', () => {
  const cases: Array<[string | null, string, string | undefined]> = [
    ['application/json', '/data/x', 'json'],
    ['application/json; charset=utf-8', '/data/x', 'json'],
    ['Application/JSON', '/data/x', 'json'],
    ['application/vnd.ict+json', '/data/x', 'json'],
    ['text/csv; charset=utf-8', '/data/x', 'csv'],
    ['text/plain', '/data/x.json', 'json'],
    ['text/plain', '/data/x.csv?v=2', 'csv'],
    ['application/octet-stream', '/data/x.JSON#top', 'json'],
    [null, '/data/x.json', 'json'],
    ['text/plain', '/data/x', undefined],
    ['text/html', '/data/x.json', undefined],
    ['image/png', '/data/x.csv', undefined],
  ];
  for (const [type, url, expected] of cases) {
    it(`sourceFormatOf(${JSON.stringify(type)}, "${url}") gives ${String(expected)}`, () => {
      expect(sourceFormatOf(type, url)).to.equal(expected);
    });
  }
});

describe('loadIndicatorSource()', () => {
  let escapes: EscapeRecorder;

  beforeEach(() => {
    escapes = recordEscapes();
  });

  afterEach(async () => {
    await settle();
    escapes.stop();
    expect(escapes.events, 'uncaught errors or unhandled rejections').to.deep.equal([]);
  });

  it('loadIndicatorSource(".../ben-tre.json") parses the document', async () => {
    const result = await loadIndicatorSource(`${FIXTURES}/ben-tre.json`);
    expect(issueCodes(result)).to.deep.equal([]);
    expect(result.ok && result.value.observations.map((o) => o.value)).to.deep.equal([80, 1103]);
  });

  it('loadIndicatorSource(".../ben-tre.csv") parses CSV served as text/csv', async () => {
    const result = await loadIndicatorSource(`${FIXTURES}/ben-tre.csv`);
    expect(issueCodes(result)).to.deep.equal([]);
    expect(result.ok && result.value.observations.map((o) => o.value)).to.deep.equal([80, 1103]);
  });

  it('loadIndicatorSource(".../invalid.json") resolves with an invalid-json issue', async () => {
    const result = await loadIndicatorSource(`${FIXTURES}/invalid.json`);
    expect(issueCodes(result)).to.deep.equal(['invalid-json']);
  });

  it('a 404 resolves with { code: "http-status", got: 404, path: "src" }', async () => {
    const result = await loadIndicatorSource(`${FIXTURES}/no-such-file.json`);
    expect(result).to.deep.equal({
      ok: false,
      issues: [{ code: 'http-status', path: 'src', got: 404, expected: '200–299', severity: 'error' }],
    });
  });

  it('a 500 resolves with an http-status issue whose got is 500', async () => {
    const result = await loadIndicatorSource('/__test/status?code=500');
    expect(result.ok === false && result.issues[0]).to.include({ code: 'http-status', got: 500 });
  });

  it('a text/plain answer at a URL without .json resolves with unsupported-content-type', async () => {
    const result = await loadIndicatorSource('/__test/type?ct=text/plain');
    expect(result.ok === false && result.issues[0]).to.include({
      code: 'unsupported-content-type',
      path: 'src',
    });
    expect(result.ok === false && String(result.issues[0]!.got)).to.match(/^text\/plain\b/);
  });

  it('an HTML page (a SPA fallback) resolves with unsupported-content-type', async () => {
    const result = await loadIndicatorSource(
      `/__test/type?ct=${encodeURIComponent('text/html; charset=utf-8')}`,
    );
    expect(issueCodes(result)).to.deep.equal(['unsupported-content-type']);
  });

  it('a refused connection resolves with fetch-failed and the URL', async () => {
    const url = 'http://127.0.0.1:9/nothing.json';
    const result = await loadIndicatorSource(url);
    expect(result.ok === false && result.issues[0]).to.include({ code: 'fetch-failed', got: url });
  });

  it('an invalid URL resolves with fetch-failed', async () => {
    const result = await loadIndicatorSource('http://[::1');
    expect(issueCodes(result)).to.deep.equal(['fetch-failed']);
  });

  it('{ timeoutMs: 150 } against /__test/hang resolves with fetch-timeout and aborts the request', async () => {
    const id = requestId('load-timeout');
    const started = performance.now();
    const result = await loadIndicatorSource(`/__test/hang?id=${id}`, { timeoutMs: 150 });
    expect(performance.now() - started).to.be.below(3000);
    expect(result.ok === false && result.issues[0]).to.include({
      code: 'fetch-timeout',
      expected: '≤ 150 ms',
    });
    await waitUntil(async () => (await requestLog(id)).aborted === 1, 'the server did not see the abort');
  });

  it('the timeout also covers a slow body: 150 ms against a 1 s delay gives fetch-timeout', async () => {
    const result = await loadIndicatorSource(`/__test/delay?ms=1000&file=${FIXTURES}/ben-tre.json`, {
      timeoutMs: 150,
    });
    expect(issueCodes(result)).to.deep.equal(['fetch-timeout']);
  });

  it('aborting the signal resolves with fetch-failed and the server sees the request aborted', async () => {
    const id = requestId('load-abort');
    const controller = new AbortController();
    const pending = loadIndicatorSource(`/__test/hang?id=${id}`, { signal: controller.signal });
    await waitUntil(async () => (await requestLog(id)).started === 1);
    controller.abort();
    const result = await pending;
    expect(result.ok === false && result.issues[0]).to.include({
      code: 'fetch-failed',
      expected: 'not aborted',
    });
    await waitUntil(async () => (await requestLog(id)).aborted === 1, 'the server did not see the abort');
  });

  it('an already aborted signal resolves with fetch-failed without sending a request', async () => {
    const id = requestId('load-pre-aborted');
    const result = await loadIndicatorSource(`/__test/hang?id=${id}`, { signal: AbortSignal.abort() });
    expect(issueCodes(result)).to.deep.equal(['fetch-failed']);
    await settle();
    expect((await requestLog(id)).started).to.equal(0);
  });

  it('a 6 MiB body with Content-Length resolves with out-of-range on src', async () => {
    const result = await loadIndicatorSource('/__test/big?mb=6');
    expect(result.ok === false && result.issues[0]).to.include({ code: 'out-of-range', path: 'src' });
  });

  it('{ maxBytes: 100 } stops reading a streamed body without Content-Length at the limit', async () => {
    const realFetch = window.fetch;
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new TextEncoder().encode('x'.repeat(64)));
        if (pulled > 1000) controller.close();
      },
    });
    window.fetch = async () => new Response(stream, { headers: { 'content-type': 'application/json' } });
    try {
      const result = await loadIndicatorSource('/streamed.json', { maxBytes: 100 });
      expect(result.ok === false && result.issues[0]).to.include({ code: 'out-of-range', got: 128 });
      expect(pulled).to.be.below(5, 'the rest of the stream was not read');
    } finally {
      window.fetch = realFetch;
    }
  });

  it('{ viNumbers: true } is passed to the parser: "1.447.307" in a document becomes 1447307', async () => {
    const document = {
      version: 1,
      indicator: { id: 'subscriptions', label: { vi: 'Thuê bao' }, unit: 'count' },
      observations: [{ place: { code: '83', era: '2008-2025' }, period: { year: 2020 }, value: '1.447.307' }],
    };
    const url = `data:application/json,${encodeURIComponent(JSON.stringify(document))}`;
    const withOption = await loadIndicatorSource(url, { viNumbers: true });
    expect(withOption.ok && withOption.value.observations[0]!.value).to.equal(1447307);
    const without = await loadIndicatorSource(url);
    expect(without.ok).to.equal(false);
  });

  it('a body stream that errors resolves with fetch-failed instead of rejecting', async () => {
    const realFetch = window.fetch;
    // A body that cannot be decoded as a stream: the reader rejects mid-way.
    window.fetch = async () =>
      new Response(
        new ReadableStream({
          start(controller) {
            controller.error(new Error('broken stream'));
          },
        }),
        { headers: { 'content-type': 'application/json' } },
      );
    try {
      const result = await loadIndicatorSource('/broken.json');
      expect(issueCodes(result)).to.deep.equal(['fetch-failed']);
    } finally {
      window.fetch = realFetch;
    }
  });
});
