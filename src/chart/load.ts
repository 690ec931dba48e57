/**
 * Fetches an indicator document from a URL and parses it. Used by the data controller for the `src`
 * attribute; usable on its own (no lit, no element).
 *
 * Every failure is a value, never an exception: the promise always resolves to a {@link ParseResult},
 * and network, HTTP, content-type, size and timeout problems become {@link DataIssue}s on the path `src`.
 */
import { parseIndicatorCsv, parseJsonText } from '../core/indicator/parse.js';
import type { DataIssue, ParseResult } from '../core/indicator/types.js';

/** Default time a fetch may take, headers and body together, before it is given up. */
export const DEFAULT_TIMEOUT_MS = 15_000;

/** Default largest accepted body: 5 MiB. The biggest real dataset (63 provinces × years × series) is far below. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** Options of {@link loadIndicatorSource}. */
export interface LoadOptions {
  /** Aborts the request (the element's `src` changed or the element left the page). */
  signal?: AbortSignal;
  /** Milliseconds before the request is given up with a `fetch-timeout` issue. Default {@link DEFAULT_TIMEOUT_MS}. */
  timeoutMs?: number;
  /** Convert Vietnamese-formatted number strings ("1.447.307", "111,78") to numbers. */
  viNumbers?: boolean;
  /** Largest accepted body in bytes. Default {@link DEFAULT_MAX_BYTES}. */
  maxBytes?: number;
}

/** Which parser reads a response. */
export type SourceFormat = 'json' | 'csv';

// Generic types that servers send when they do not know better: the URL's extension decides then.
// A definite other type (text/html from a SPA fallback or an error page) is refused even for a `.json` URL.
const GENERIC_TYPES = new Set(['', 'text/plain', 'application/octet-stream', 'binary/octet-stream']);
const JSON_TYPES = new Set(['application/json', 'text/json']);
const CSV_TYPES = new Set(['text/csv', 'application/csv', 'text/comma-separated-values']);

/**
 * Decides the parser from a response's `Content-Type` and, for generic types only, the URL's extension.
 * JSON: `application/json`, any `+json` type (`application/ld+json`…), `text/json`; CSV: `text/csv`.
 *
 * @returns the format, or `undefined` when the response is neither JSON nor CSV.
 */
export function sourceFormatOf(contentType: string | null, url: string): SourceFormat | undefined {
  const mime = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (JSON_TYPES.has(mime) || mime.endsWith('+json')) return 'json';
  if (CSV_TYPES.has(mime)) return 'csv';
  if (!GENERIC_TYPES.has(mime)) return undefined;
  const path = url.split(/[?#]/)[0]!.toLowerCase();
  if (path.endsWith('.json')) return 'json';
  if (path.endsWith('.csv')) return 'csv';
  return undefined;
}

function failure(issue: Omit<DataIssue, 'path' | 'severity'>): ParseResult {
  return { ok: false, issues: [{ path: 'src', severity: 'error', ...issue }] };
}

function charsetOf(contentType: string | null): string {
  const match = /;\s*charset\s*=\s*"?([^";]+)"?/i.exec(contentType ?? '');
  return match ? match[1]!.trim() : 'utf-8';
}

function decoderFor(contentType: string | null): TextDecoder {
  try {
    return new TextDecoder(charsetOf(contentType));
  } catch {
    return new TextDecoder('utf-8'); // unknown charset label: JSON is UTF-8 by definition anyway
  }
}

/** Reads the body up to `maxBytes`; `{ tooLarge }` when it is larger (the rest is not downloaded). */
async function readBody(response: Response, maxBytes: number): Promise<string | { tooLarge: number }> {
  const decoder = decoderFor(response.headers.get('content-type'));
  if (response.body === null) return '';
  const reader = response.body.getReader();
  const chunks: string[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      reader.cancel().catch(() => undefined);
      return { tooLarge: total };
    }
    chunks.push(decoder.decode(value, { stream: true }));
  }
  chunks.push(decoder.decode());
  return chunks.join('');
}

/**
 * Fetches `url` and parses it as an indicator document: JSON with the library's JSON parser, CSV with the
 * CSV parser (see `parse.ts` for the columns). Never throws and never rejects.
 *
 * Issues (all on the path `src`, severity `error`):
 * - `fetch-failed` (`got`: the URL): network error, CORS refusal, invalid URL, or aborted by `signal`;
 * - `fetch-timeout` (`got`: the URL, `expected`: the limit): no complete answer within `timeoutMs`;
 * - `http-status` (`got`: the status number): a status outside 200–299;
 * - `unsupported-content-type` (`got`: the Content-Type): neither JSON nor CSV (see {@link sourceFormatOf});
 * - `out-of-range` (`got`: the byte count): a body larger than `maxBytes`.
 * Parse and validation issues come from the parsers, with their own paths.
 *
 * @example
 * ```ts
 * const result = await loadIndicatorSource('/data/ben-tre.json', { signal, timeoutMs: 5000 });
 * if (result.ok) draw(result.value); else show(result.issues);
 * ```
 */
export async function loadIndicatorSource(url: string, options: LoadOptions = {}): Promise<ParseResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const outer = options.signal;
  if (outer?.aborted) return failure({ code: 'fetch-failed', got: url, expected: 'not aborted' });

  // One controller for both reasons to stop: the caller's signal and our timer (AbortSignal.any is too new
  // for Firefox ESR 115 and Safari < 17.4).
  const controller = new AbortController();
  let timedOut = false;
  const forwardAbort = () => controller.abort(outer?.reason);
  outer?.addEventListener('abort', forwardAbort, { once: true });
  const timer =
    timeoutMs > 0 && Number.isFinite(timeoutMs)
      ? setTimeout(() => {
          timedOut = true;
          controller.abort(new DOMException(`No answer within ${timeoutMs} ms`, 'TimeoutError'));
        }, timeoutMs)
      : undefined;

  const stopped = (): ParseResult =>
    timedOut
      ? failure({ code: 'fetch-timeout', got: url, expected: `≤ ${timeoutMs} ms` })
      : failure({ code: 'fetch-failed', got: url, expected: 'not aborted' });

  try {
    let response: Response;
    try {
      response = await fetch(url, {
        signal: controller.signal,
        headers: { accept: 'application/json, text/csv;q=0.9' },
      });
    } catch {
      return controller.signal.aborted ? stopped() : failure({ code: 'fetch-failed', got: url });
    }
    if (!response.ok) {
      response.body?.cancel().catch(() => undefined);
      return failure({ code: 'http-status', got: response.status, expected: '200–299' });
    }
    const contentType = response.headers.get('content-type');
    const format = sourceFormatOf(contentType, response.url || url);
    if (format === undefined) {
      response.body?.cancel().catch(() => undefined);
      return failure({
        code: 'unsupported-content-type',
        got: contentType ?? '',
        expected: 'application/json, text/csv',
      });
    }
    const declaredLength = Number(response.headers.get('content-length'));
    if (Number.isFinite(declaredLength) && declaredLength > maxBytes) {
      response.body?.cancel().catch(() => undefined);
      return failure({ code: 'out-of-range', got: declaredLength, expected: `≤ ${maxBytes} bytes` });
    }
    let body: string | { tooLarge: number };
    try {
      body = await readBody(response, maxBytes);
    } catch {
      return controller.signal.aborted ? stopped() : failure({ code: 'fetch-failed', got: url });
    }
    if (typeof body !== 'string') {
      return failure({ code: 'out-of-range', got: body.tooLarge, expected: `≤ ${maxBytes} bytes` });
    }
    if (controller.signal.aborted) return stopped();
    const parseOptions = { viNumbers: options.viNumbers ?? false };
    try {
      return format === 'json' ? parseJsonText(body, parseOptions) : parseIndicatorCsv(body, parseOptions);
    } catch (error) {
      // A parser must not throw; if one does, the chart still shows an error instead of breaking the page.
      return failure({ code: format === 'json' ? 'invalid-json' : 'csv-parse', got: String(error) });
    }
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    outer?.removeEventListener('abort', forwardAbort);
  }
}
