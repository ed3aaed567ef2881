/**
 * The shared deadline list that times out the Node transport's attempts: what expires and when, on a
 * fake clock, with one clock timer however many attempts are listed.
 */
import { describe, expect, it } from 'vitest';
import { Deadline, Deadlines } from '../../src/timers/deadlines.js';
import { createFakeClock, type FakeClock } from './support/fake-clock.js';

class Item extends Deadline {
  constructor(
    readonly name: string,
    private readonly log: string[],
    private readonly onExpire?: () => void,
  ) {
    super();
  }
  expire(): void {
    this.log.push(this.name);
    this.onExpire?.();
  }
}

/** A clock that counts how many of its timers are pending. */
function countingClock(): FakeClock & { pending(): number } {
  const clock = createFakeClock(0);
  const pending = new Set<unknown>();
  return {
    ...clock,
    setTimeout(callback, ms) {
      const handle = clock.setTimeout(() => {
        pending.delete(handle);
        callback();
      }, ms);
      pending.add(handle);
      return handle;
    },
    clearTimeout(handle) {
      pending.delete(handle);
      clock.clearTimeout(handle);
    },
    pending: () => pending.size,
  };
}

describe('Deadlines', () => {
  it('expires an item when its time passes, not before', () => {
    const clock = countingClock();
    const log: string[] = [];
    const deadlines = new Deadlines(clock);
    deadlines.add(new Item('a', log), 150);
    clock.advance(149);
    expect(log).toEqual([]);
    clock.advance(1);
    expect(log).toEqual(['a']);
    expect(deadlines.size).toBe(0);
    expect(clock.pending()).toBe(0);
  });

  it('arms one clock timer for many items, and a removed item never expires', () => {
    const clock = countingClock();
    const log: string[] = [];
    const deadlines = new Deadlines(clock);
    const items = Array.from({ length: 100 }, (_, i) => new Item(`i${i}`, log));
    for (const [i, item] of items.entries()) {
      clock.advanceTo(i);
      deadlines.add(item, 1000);
    }
    expect(clock.pending()).toBe(1);
    // Answered in time: every item but two finishes (out of order, as answers arrive).
    for (const item of items) if (item.name !== 'i3' && item.name !== 'i70') deadlines.remove(item);
    expect(deadlines.size).toBe(2);
    clock.advanceTo(1002);
    expect(log).toEqual([]);
    clock.advanceTo(1003);
    expect(log).toEqual(['i3']);
    expect(clock.pending()).toBe(1); // re-armed for i70
    clock.advanceTo(1070);
    expect(log).toEqual(['i3', 'i70']);
    expect(clock.pending()).toBe(0);
  });

  it('keeps deadlines in order when limits differ, re-arming earlier for a shorter one', () => {
    const clock = countingClock();
    const log: string[] = [];
    const deadlines = new Deadlines(clock);
    deadlines.add(new Item('long', log), 500);
    deadlines.add(new Item('short', log), 100);
    deadlines.add(new Item('middle', log), 300);
    expect(clock.pending()).toBe(1);
    clock.advance(100);
    expect(log).toEqual(['short']);
    clock.advance(400);
    expect(log).toEqual(['short', 'middle', 'long']);
  });

  it('lets an expiring item add another (a new attempt starts in the callback)', () => {
    const clock = countingClock();
    const log: string[] = [];
    const deadlines = new Deadlines(clock);
    const second = new Item('second', log);
    deadlines.add(new Item('first', log, () => deadlines.add(second, 50)), 10);
    clock.advance(10);
    expect(log).toEqual(['first']);
    clock.advance(50);
    expect(log).toEqual(['first', 'second']);
  });

  it('a timer that fires after its head was removed re-arms for the next item', () => {
    const clock = countingClock();
    const log: string[] = [];
    const deadlines = new Deadlines(clock);
    const first = new Item('first', log);
    deadlines.add(first, 100);
    clock.advance(50);
    deadlines.add(new Item('later', log), 100); // due at 150
    deadlines.remove(first);
    clock.advance(50); // the timer armed for 100 fires, finds nothing due
    expect(log).toEqual([]);
    expect(clock.pending()).toBe(1);
    clock.advance(50);
    expect(log).toEqual(['later']);
  });

  it('adding a listed item again moves its deadline', () => {
    const clock = countingClock();
    const log: string[] = [];
    const deadlines = new Deadlines(clock);
    const item = new Item('a', log);
    deadlines.add(item, 100);
    deadlines.add(item, 300);
    expect(deadlines.size).toBe(1);
    clock.advance(100);
    expect(log).toEqual([]);
    clock.advance(200);
    expect(log).toEqual(['a']);
  });
});
