/**
 * Re-chunking Pagefind's word index (src/build/pagefind-chunks.ts) over its CBOR codec
 * (src/build/cbor.ts): no word entry is lost or changed, and Pagefind's chunk lookup (the first
 * chunk with from <= term <= to) finds every word and every typed prefix in the chunk that holds it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type CborValue, decodeCbor, encodeCbor } from '../../src/build/cbor';
import { rechunkIndex } from '../../src/build/pagefind-chunks';

describe('CBOR subset', () => {
  it('round-trips integers of every width, negatives, strings and nested arrays', () => {
    const value: CborValue = [0, 23, 24, 255, 256, 65535, 65536, 2 ** 32, -1, -25, -300, '', 'stack', '€35 “quoted”', [[], [1, [2, 'x']]]];
    assert.deepEqual(decodeCbor(encodeCbor(value)), value);
  });

  it('uses the shortest head, as Pagefind does', () => {
    assert.deepEqual([...encodeCbor(23)], [0x17]);
    assert.deepEqual([...encodeCbor(24)], [0x18, 24]);
    assert.deepEqual([...encodeCbor(-25)], [0x38, 24]);
    assert.deepEqual([...encodeCbor(['a'])], [0x81, 0x61, 0x61]);
  });

  it('rejects what it does not read, and trailing or truncated data', () => {
    assert.throws(() => decodeCbor(Uint8Array.from([0xa0])), /unsupported major type 5/);
    assert.throws(() => decodeCbor(Uint8Array.from([0x01, 0x02])), /1 bytes left/);
    assert.throws(() => decodeCbor(Uint8Array.from([0x82, 0x01])), /ends inside a value/);
    assert.throws(() => decodeCbor(Uint8Array.from([0x63, 0x61])), /ends inside a string/);
  });
});

/** A word entry as Pagefind 1.6 writes it: [word, [[page, locations, meta locations]], []]. */
const entry = (word: string, page: number, locs: number[]): CborValue => [word, [[page, [-25, ...locs], []]], []];

/** Words in Pagefind's (sorted) order with enough locations to fill several small chunks. */
const WORDS = ['00', 'api', 'apis', 'apple', 'key', 'keys', 'keyword', 'scope', 'secret', 'sql', 'stack', 'stacks', 'start', 'trace', 'tracing', 'track', 'tree', 'zone'];

function pagefindIndex(chunkSplit: number[]) {
  const entries = WORDS.map((w, i) => entry(w, i % 3, Array.from({ length: 20 }, (_, k) => k + i)));
  const chunks = new Map<string, Uint8Array>();
  const list: CborValue[] = [];
  let from = 0;
  for (const [i, to] of [...chunkSplit, WORDS.length].entries()) {
    const hash = `en_${i}`;
    chunks.set(hash, encodeCbor([entries.slice(from, to)]));
    list.push([WORDS[from]!, WORDS[to - 1]!, hash]);
    from = to;
  }
  const meta = encodeCbor(['1.6.0', [['en_page', 120, '']], list, [['kind', 'en_filter']], [], ['title']]);
  return { index: { meta, chunks }, entries };
}

/** Pagefind's lookup: the first listed chunk whose from/to range holds the term. */
function lookup(meta: Uint8Array, term: string): string | undefined {
  const list = (decodeCbor(meta) as CborValue[])[2] as string[][];
  return list.find(([from, to]) => term >= from! && term <= to!)?.[2];
}

function wordsOf(chunk: Uint8Array): string[] {
  return ((decodeCbor(chunk) as CborValue[])[0] as CborValue[][]).map((e) => e[0] as string);
}

describe('rechunkIndex', () => {
  const { index, entries } = pagefindIndex([7]);
  const small = rechunkIndex(index, 200);

  /** The chunk list without the chunks that only a one-letter term selects (from and to are that letter). */
  const ranges = (meta: Uint8Array) => ((decodeCbor(meta) as CborValue[])[2] as string[][]).filter(([from, to]) => !(from === to && Array.from(from!).length === 1));

  it('splits into smaller chunks and keeps every word entry, unchanged and in order', () => {
    assert.ok(small.chunks.size > index.chunks.size, `${small.chunks.size} chunks`);
    const all = ranges(small.meta).flatMap(([, , hash]) => (decodeCbor(small.chunks.get(hash!)!) as CborValue[][])[0]!);
    assert.deepEqual(all, entries);
  });

  it('gives a letter whose words span several chunks one chunk with all of them', () => {
    const tiny = rechunkIndex(index, 1);
    const letters = ((decodeCbor(tiny.meta) as CborValue[])[2] as string[][]).filter(([from, to]) => from === to);
    assert.deepEqual(letters.map(([from]) => from), ['a', 'k', 's', 't'].filter((l) => new Set(WORDS.filter((w) => w[0] === l).map((w) => w.slice(0, 2))).size > 1));
    assert.deepEqual(wordsOf(tiny.chunks.get(letters[0]![2]!)!), ['scope', 'secret', 'sql', 'stack', 'stacks', 'start']);
  });

  it('leaves the rest of the meta as Pagefind wrote it', () => {
    const before = decodeCbor(index.meta) as CborValue[];
    const after = decodeCbor(small.meta) as CborValue[];
    assert.deepEqual([...after.slice(0, 2), ...after.slice(3)], [...before.slice(0, 2), ...before.slice(3)]);
  });

  it('finds every word, and every prefix, in the first chunk whose range holds it, which holds all its extensions', () => {
    for (const word of WORDS) {
      for (let n = 1; n <= word.length; n++) {
        const term = word.slice(0, n);
        const hash = lookup(small.meta, term);
        assert.ok(hash, `no chunk for "${term}"`);
        const extensions = WORDS.filter((w) => w.startsWith(term));
        assert.deepEqual(wordsOf(small.chunks.get(hash)!).filter((w) => w.startsWith(term)), extensions, `"${term}" -> ${hash}`);
      }
    }
  });

  it('never splits words that share their first two characters', () => {
    const tiny = rechunkIndex(index, 1);
    for (const [, , hash] of ranges(tiny.meta)) assert.equal(new Set(wordsOf(tiny.chunks.get(hash!)!).map((w) => w.slice(0, 2))).size, 1, hash);
    const trace = ranges(tiny.meta).find(([from]) => from!.startsWith('t'))!;
    assert.deepEqual(wordsOf(tiny.chunks.get(trace[2]!)!), ['trace', 'tracing', 'track', 'tree']);
  });

  it('names chunks by content with the language prefix', () => {
    for (const hash of small.chunks.keys()) assert.match(hash, /^en_[0-9a-f]{7,}$/);
    assert.deepEqual([...rechunkIndex(pagefindIndex([3, 10]).index, 200).chunks.keys()], [...small.chunks.keys()]);
  });

  it('says which part of the layout it did not recognise', () => {
    assert.throws(() => rechunkIndex({ meta: encodeCbor(['1.6.0', [], 'x']), chunks: new Map() }, 200), /the meta chunk list is not an array/);
    assert.throws(() => rechunkIndex({ meta: encodeCbor(['1.6.0', [], [['a', 'b', 'en_gone']]]), chunks: new Map() }, 200), /the chunk en_gone the meta lists is missing/);
  });
});
