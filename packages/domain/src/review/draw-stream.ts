import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

// The random source of a 双随机 draw (docs/random-draw.md): HMAC-SHA256 keyed with the final
// seed over a decimal counter 0, 1, 2…, each 32-byte block read as eight big-endian uint32
// words. Integers below n come from rejection sampling, so no value is favoured; Fisher–Yates
// over such integers makes every order of a list equally likely.

const TWO_32 = 2 ** 32;

export const sha256Hex = (text: string): string => bytesToHex(sha256(utf8ToBytes(text)));

/** The key of the stream: the committed seed and the observer's value, bound together. */
export const finalSeedOf = (seed: string, observerValue: string): string =>
  sha256Hex(`${seed}\n${observerValue}`);

export type RandomStream = { below(n: number): number };

export function createRandomStream(finalSeed: string): RandomStream {
  const key = utf8ToBytes(finalSeed);
  let counter = 0;
  let words: number[] = [];

  function nextWord(): number {
    if (words.length === 0) {
      const block = hmac(sha256, key, utf8ToBytes(String(counter++)));
      const view = new DataView(block.buffer, block.byteOffset, block.byteLength);
      words = Array.from({ length: 8 }, (_, i) => view.getUint32(i * 4, false));
    }
    return words.shift()!;
  }

  return {
    /** A uniform integer in [0, n): words at or above the largest multiple of n are thrown away. */
    below(n: number): number {
      if (!Number.isInteger(n) || n < 1 || n > TWO_32) throw new RangeError(`below(${n})`);
      const limit = TWO_32 - (TWO_32 % n);
      for (;;) {
        const word = nextWord();
        if (word < limit) return word % n;
      }
    },
  };
}

/** Fisher–Yates from the last position down; returns a new array. */
export function shuffle<T>(items: readonly T[], stream: RandomStream): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = stream.below(i + 1);
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}
