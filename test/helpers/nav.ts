import { expect } from '@open-wc/testing';
import type { NavCommand, NavModel } from '../../src/chart/controllers/navigation-controller.js';

/** The moves a key can make (not select, exit, help…). */
const MOVES: readonly NavCommand[] = [
  'next',
  'previous',
  'child',
  'parent',
  'first',
  'last',
  'page-next',
  'page-previous',
];

/**
 * The most key presses needed to reach any item from the first one, over the model's own moves (BFS);
 * asserts that every item is reachable (ACCESSIBILITY row 14).
 */
export function maxPresses(model: NavModel): number {
  const start = model.first!.key;
  const dist = new Map<string, number>([[start, 0]]);
  const queue = [start];
  while (queue.length > 0) {
    const key = queue.shift()!;
    for (const move of MOVES) {
      const next = model.move(key, move).key;
      if (!dist.has(next)) {
        dist.set(next, dist.get(key)! + 1);
        queue.push(next);
      }
    }
  }
  expect(dist.size, 'every item reachable').to.equal(model.all.length);
  return Math.max(...dist.values());
}
