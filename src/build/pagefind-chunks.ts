/**
 * Re-splits a Pagefind word index into smaller chunks, so a query fetches only the few words it
 * needs. Pagefind 1.6 cuts its index into chunks of about 20,000 word positions (not
 * configurable), which on this site means one 33 KB chunk per query term: a third of a first
 * search's bytes. This works on the decoded CBOR of `pagefind.<lang>_<hash>.pf_meta` and
 * `index/<hash>.pf_index` (Pagefind's own layout, checked on the way in) and leaves every word
 * entry as Pagefind wrote it; only which chunk holds it, and the chunk list in the meta, change.
 *
 * Chunk boundaries fall only where the first two characters of the words change, and each chunk
 * is named from the two-character prefix of its first word (one character when it starts a
 * letter) to its last word. So every indexed word, and every query term that is the start of
 * indexed words (as you type "trac" for "tracing"), selects exactly one chunk (Pagefind takes the
 * first listed chunk whose range holds the term), and that chunk holds all its extensions.
 */
import { createHash } from 'node:crypto';
import { type CborValue, decodeCbor, encodeCbor } from './cbor';

/** Where the chunk list sits in the meta array: [version, pages, index_chunks, filters, sorts, ...]. */
const META_CHUNKS = 2;
/** Characters shared by all words of a chunk boundary group. */
const GROUP_PREFIX = 2;

export interface PagefindIndex {
  /** The decoded `.pf_meta` (without Pagefind's 12-byte signature). */
  meta: Uint8Array;
  /** Each `.pf_index` by the hash the meta names it with (without the signature). */
  chunks: Map<string, Uint8Array>;
}

function fail(what: string): never {
  throw new Error(`Pagefind's index is not in the layout this build re-chunks (Pagefind 1.6): ${what}`);
}

function asArray(v: CborValue | undefined, what: string): CborValue[] {
  if (!Array.isArray(v)) fail(`${what} is not an array`);
  return v;
}

function asString(v: CborValue | undefined, what: string): string {
  if (typeof v !== 'string') fail(`${what} is not a string`);
  return v;
}

/** The first `n` characters (code points) of a word. */
function prefix(word: string, n: number): string {
  return Array.from(word).slice(0, n).join('');
}

/** A short content hash with the language prefix Pagefind uses (`en_1a2b3c4`), longer on a clash. */
function chunkName(language: string, bytes: Uint8Array, taken: Set<string>): string {
  const hash = createHash('sha256').update(bytes).digest('hex');
  for (let n = 7; n <= hash.length; n++) {
    const name = `${language}_${hash.slice(0, n)}`;
    if (!taken.has(name)) return name;
  }
  fail('two index chunks have the same content');
}

/**
 * The index with its words in chunks of about `targetBytes` of CBOR each (a group of words
 * sharing their first two characters is never split, so a chunk may be larger).
 */
export function rechunkIndex(index: PagefindIndex, targetBytes: number): PagefindIndex {
  const meta = asArray(decodeCbor(index.meta), 'the meta');
  const listed = asArray(meta[META_CHUNKS], 'the meta chunk list');
  // Words in Pagefind's order (it sorts them; chunks are listed in that order).
  const words: Array<{ word: string; entry: CborValue; bytes: number }> = [];
  let language = '';
  for (const [i, item] of listed.entries()) {
    const hash = asString(asArray(item, `chunk ${i}`)[2], `chunk ${i}'s hash`);
    language = hash.slice(0, hash.indexOf('_'));
    const bytes = index.chunks.get(hash) ?? fail(`the chunk ${hash} the meta lists is missing`);
    const chunk = asArray(decodeCbor(bytes), `chunk ${hash}`);
    for (const entry of asArray(chunk[0], `chunk ${hash}'s words`)) {
      const word = asString(asArray(entry, `a word of ${hash}`)[0], `a word of ${hash}`);
      words.push({ word, entry, bytes: encodeCbor(entry).length });
    }
  }
  if (words.length === 0) return index;

  // Boundary groups: consecutive words with the same first two characters.
  const groups: Array<typeof words> = [];
  for (const w of words) {
    const last = groups.at(-1);
    if (last && prefix(last[0]!.word, GROUP_PREFIX) === prefix(w.word, GROUP_PREFIX)) last.push(w);
    else groups.push([w]);
  }
  const packed: Array<typeof words> = [];
  let size = 0;
  for (const g of groups) {
    const gBytes = g.reduce((n, w) => n + w.bytes, 0);
    const last = packed.at(-1);
    if (last && size + gBytes <= targetBytes) {
      last.push(...g);
      size += gBytes;
    } else {
      packed.push([...g]);
      size = gBytes;
    }
  }

  const chunks = new Map<string, Uint8Array>();
  const list: CborValue[] = [];
  const add = (entries: typeof words, from: string, to: string): void => {
    const bytes = encodeCbor([entries.map((w) => w.entry)]);
    const name = chunkName(language, bytes, new Set(chunks.keys()));
    chunks.set(name, bytes);
    list.push([from, to, name]);
  };
  const letterOf = (w: { word: string }) => prefix(w.word, 1);
  const countOf = new Map<string, number>();
  for (const w of words) countOf.set(letterOf(w), (countOf.get(letterOf(w)) ?? 0) + 1);
  for (const [i, p] of packed.entries()) {
    const before = i === 0 ? undefined : letterOf(packed[i - 1]!.at(-1)!);
    // A one-letter term ("s" as you start typing) selects one chunk too: where a letter's words
    // span several chunks, all of them again in one chunk, listed first, that only the letter selects.
    for (const letter of new Set(p.map(letterOf))) {
      if (letter === before) continue;
      const here = p.filter((w) => letterOf(w) === letter).length;
      if (here < countOf.get(letter)!) add(words.filter((w) => letterOf(w) === letter), letter, letter);
    }
    const first = p[0]!;
    add(p, letterOf(first) === before ? prefix(first.word, GROUP_PREFIX) : letterOf(first), p.at(-1)!.word);
  }
  const next = [...meta];
  next[META_CHUNKS] = list;
  return { meta: encodeCbor(next), chunks };
}
