/**
 * Work handed out in shares while it is still arriving: the HR page measures picked files one by
 * one (src/browser/hr/measure-picked.ts) and its workers verify those measured so far. While items
 * arrive, an idle worker takes what there is and a busy one waits for a full share; once all have
 * arrived, the rest is sorted largest first and handed out in shares that shrink (shareEnd), so
 * the workers finish close together whatever the files' sizes.
 */
import { shareEnd } from './slices';

export class ShareQueue<T> {
  private items: T[] = [];
  private weights: number[] = [];
  private head = 0;
  private queued = 0;
  private arriving = true;

  /**
   * `workers`: how many take shares; `fullShare`: what a busy worker waits for while items arrive;
   * `minShare`: the smallest share once all have arrived.
   */
  constructor(private readonly workers: number, private readonly fullShare: number, private readonly minShare: number) {}

  /** Adds an item of `weight` (its bytes, say) at the end. */
  push(item: T, weight: number): void {
    this.items.push(item);
    this.weights.push(weight);
    this.queued += weight;
  }

  /** No more items will come: what is left goes heaviest first. */
  close(): void {
    this.arriving = false;
    const rest = this.items.slice(this.head).map((item, i) => ({ item, weight: this.weights[this.head + i]! }));
    rest.sort((a, b) => b.weight - a.weight);
    this.items = rest.map((r) => r.item);
    this.weights = rest.map((r) => r.weight);
    this.head = 0;
  }

  /** True once closed and every item was handed out. */
  get drained(): boolean {
    return !this.arriving && this.head === this.items.length;
  }

  /** The next share for a worker holding `holding` shares, or undefined when it should wait. */
  take(holding: number): T[] | undefined {
    if (this.head === this.items.length) return undefined;
    if (this.arriving && holding > 0 && this.queued < this.fullShare) return undefined;
    const end = this.arriving
      ? shareEnd(this.weights, this.head, 0, this.workers, this.fullShare)
      : shareEnd(this.weights, this.head, this.queued, this.workers, this.minShare);
    for (let i = this.head; i < end; i++) this.queued -= this.weights[i]!;
    const share = this.items.slice(this.head, end);
    this.head = end;
    return share;
  }
}
