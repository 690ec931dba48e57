import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { pendingWork } from '../../src/chart/controllers/pending-work.js';
import { nextTask } from '../../src/chart/next-task.js';
import {
  STAGED_VIEW_OBSERVATIONS,
  VIEW_PENDING,
  ViewMemo,
  isLargeData,
  type ViewStages,
} from '../../src/chart/view-memo.js';

/** A host without DOM: counts the renders the memo asks for. */
class FakeHost implements ReactiveControllerHost {
  readonly controllers: ReactiveController[] = [];
  requests = 0;
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(): void {}
  requestUpdate(): void {
    this.requests++;
  }
  get updateComplete(): Promise<boolean> {
    return Promise.resolve(true);
  }
}

/** Everything queued so far has run: a task after the memo's (its stages each post one message). */
async function drained(host: object): Promise<void> {
  for (let work = pendingWork(host); work !== undefined; work = pendingWork(host)) await work;
}

/**
 * Three stages that log when they run, each queueing a microtask that logs too: stages run in one task log
 * `s1 s2 s3 m1 m2 m3`, stages in tasks of their own `s1 m1 s2 m2 s3 m3`.
 */
function* logged(log: string[], value: string): ViewStages<string> {
  for (const n of [1, 2, 3]) {
    log.push(`s${n}`);
    queueMicrotask(() => log.push(`m${n}`));
    if (n < 3) yield;
  }
  return value;
}

describe('ViewMemo', () => {
  it('computes once per set of identical inputs', () => {
    const memo = new ViewMemo<string>();
    let runs = 0;
    const dataset = {};
    expect(memo.get([dataset, 'vi'], () => `v${++runs}`)).to.equal('v1');
    expect(memo.get([dataset, 'vi'], () => `v${++runs}`)).to.equal('v1');
    expect(memo.get([dataset, 'en'], () => `v${++runs}`)).to.equal('v2');
    expect(memo.current).to.equal('v2');
  });

  it('runs the stages at once, in one task, when the data is small', async () => {
    const host = new FakeHost();
    const memo = new ViewMemo<string>(host);
    const log: string[] = [];
    expect(memo.getStaged([{}], () => logged(log, 'view'), false)).to.equal('view');
    await Promise.resolve();
    expect(log).to.deep.equal(['s1', 's2', 's3', 'm1', 'm2', 'm3']);
    expect(pendingWork(host)).to.equal(undefined);
    expect(host.requests).to.equal(0);
  });

  it('runs the stages of large data each in a task of its own, after the render, then asks for one render', async () => {
    const host = new FakeHost();
    const memo = new ViewMemo<string>(host);
    const log: string[] = [];
    const inputs = [{}, 'vi'];
    expect(memo.getStaged(inputs, () => logged(log, 'view'), true)).to.equal(VIEW_PENDING);
    expect(memo.current).to.equal(undefined);
    await Promise.resolve();
    expect(log, 'nothing runs in the render’s own task').to.deep.equal([]);
    expect(pendingWork(host), 'updateComplete waits').to.be.instanceOf(Promise);
    // Asked again while it runs (another render): the same run goes on.
    expect(memo.getStaged([...inputs], () => logged(log, 'again'), true)).to.equal(VIEW_PENDING);
    await drained(host);
    expect(log).to.deep.equal(['s1', 'm1', 's2', 'm2', 's3', 'm3']);
    expect(host.requests).to.equal(1);
    expect(memo.getStaged([...inputs], () => logged(log, 'again'), true)).to.equal('view');
    expect(memo.current).to.equal('view');
  });

  it('keeps showing the last view of the same dataset while a new size or language computes, never of other data', async () => {
    const host = new FakeHost();
    const memo = new ViewMemo<string>(host);
    const dataset = {};
    memo.getStaged([dataset, 600], () => logged([], 'at 600'), true);
    await drained(host);
    expect(memo.getStaged([dataset, 600], () => logged([], 'x'), true)).to.equal('at 600');
    expect(memo.getStaged([dataset, 500], () => logged([], 'at 500'), true)).to.equal('at 600');
    expect(memo.current).to.equal('at 600');
    await drained(host);
    expect(memo.getStaged([dataset, 500], () => logged([], 'x'), true)).to.equal('at 500');
    const otherData = [{}, 500];
    expect(memo.getStaged(otherData, () => logged([], 'other data'), true)).to.equal(VIEW_PENDING);
    expect(memo.current, 'nothing of the old data is current').to.equal(undefined);
    await drained(host);
    expect(memo.getStaged([...otherData], () => logged([], 'x'), true)).to.equal('other data');
  });

  it('drops a run when newer inputs arrive: its remaining stages never run, and the waiters wait for the newer', async () => {
    const host = new FakeHost();
    const memo = new ViewMemo<string>(host);
    const oldLog: string[] = [];
    memo.getStaged([{}], () => logged(oldLog, 'old'), true);
    const waiting = pendingWork(host)!;
    let released = false;
    void waiting.then(() => (released = true));
    // The first stage of the old run, then new data.
    await nextTask();
    const newer = {};
    memo.getStaged([newer], () => logged([], 'new'), true);
    await waiting;
    expect(released).to.equal(true);
    await drained(host);
    expect(oldLog.filter((l) => l.startsWith('s')).length, 'old stages that ran').to.be.below(3);
    expect(memo.getStaged([newer], () => logged([], 'x'), true)).to.equal('new');
  });

  it('small data replacing a large run is not overwritten when the large run would have finished', async () => {
    const host = new FakeHost();
    const memo = new ViewMemo<string>(host);
    memo.getStaged([{}], () => logged([], 'large'), true);
    const small = {};
    expect(memo.getStaged([small], () => logged([], 'small'), false)).to.equal('small');
    await drained(host);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(memo.getStaged([small], () => logged([], 'x'), false)).to.equal('small');
    expect(pendingWork(host)).to.equal(undefined);
  });

  it('throws what a staged computation threw in the render that asks for its view, with no unhandled rejection', async () => {
    const host = new FakeHost();
    const memo = new ViewMemo<string>(host);
    const rejections: unknown[] = [];
    const onRejection = (e: PromiseRejectionEvent): void => void rejections.push(e.reason);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      const inputs = [{}];
      // eslint-disable-next-line require-yield
      const failing = function* (): ViewStages<string> {
        throw new Error('layout failed');
      };
      expect(memo.getStaged(inputs, failing, true)).to.equal(VIEW_PENDING);
      await drained(host);
      expect(host.requests).to.equal(1);
      expect(() => memo.getStaged([...inputs], failing, true)).to.throw('layout failed');
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(rejections).to.deep.equal([]);
    } finally {
      window.removeEventListener('unhandledrejection', onRejection);
    }
  });

  it('stops computing when the host leaves the page, and asks for a render when it comes back', async () => {
    const host = new FakeHost();
    const memo = new ViewMemo<string>(host);
    const log: string[] = [];
    memo.getStaged([{}], () => logged(log, 'view'), true);
    for (const c of host.controllers) c.hostDisconnected?.();
    expect(pendingWork(host), 'nothing waits on a chart off the page').to.equal(undefined);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(log).to.deep.equal([]);
    expect(host.requests).to.equal(0);
    for (const c of host.controllers) c.hostConnected?.();
    expect(host.requests).to.equal(1);
  });

  it('calls data large beyond STAGED_VIEW_OBSERVATIONS observations', () => {
    const of = (n: number) => ({ observations: Array.from({ length: n }) });
    expect(isLargeData(of(STAGED_VIEW_OBSERVATIONS))).to.equal(false);
    expect(isLargeData(of(STAGED_VIEW_OBSERVATIONS + 1))).to.equal(true);
  });
});
