// Shared helpers of the controller tests (not a test file: no `.test.ts`).
import { aTimeout } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

let counter = 0;

/** A fresh custom element name per call, so each suite defines its own throwaway host. */
export function uniqueTag(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}`;
}

/** What reached the page as an uncaught exception or an unhandled rejection. */
export interface EscapeRecorder {
  readonly events: string[];
  stop(): void;
}

/**
 * Records `error` and `unhandledrejection` events on window. Call `settle()` before asserting: an
 * unhandled rejection is reported a task after the microtask checkpoint that left it unhandled.
 */
export function recordEscapes(): EscapeRecorder {
  const events: string[] = [];
  const onError = (event: ErrorEvent) => events.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) =>
    events.push(`unhandledrejection: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    events,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/**
 * Lets pending tasks and rejection reports run (timers only: a page in the background may get no
 * animation frames).
 */
export async function settle(ms = 50): Promise<void> {
  await aTimeout(ms);
  await aTimeout(0);
}

/** Counters the test server keeps for requests tagged `id=…` (see test/tools/wtr-test-server.mjs). */
export interface RequestLog {
  started: number;
  aborted: number;
  finished: number;
}

export async function requestLog(id: string): Promise<RequestLog> {
  const log = await executeServerCommand<RequestLog, { id: string }>('test-request-log', { id });
  if (log === undefined) throw new Error('the test server plugin did not answer test-request-log');
  return log;
}

/** Lets the test server answer the requests tagged `id` that it holds (`/__test/delay?hold=1`). */
export async function releaseRequests(id: string): Promise<void> {
  const done = await executeServerCommand<boolean, { id: string }>('test-release', { id });
  if (done !== true) throw new Error('the test server plugin did not answer test-release');
}

/** A unique id to tag test-server requests with. */
export function requestId(name: string): string {
  counter += 1;
  return `${name}-${Date.now().toString(36)}-${counter}`;
}

export const FIXTURES = '/test/fixtures/controllers';
