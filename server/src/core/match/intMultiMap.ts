/**
 * A frozen multimap from a pair of 32-bit integers to a list of integers, in flat typed arrays: one
 * open-addressing table of keys and one array of values grouped by key. The near-miss index of a large
 * term base holds hundreds of thousands of keys; a Map of arrays cost seconds to build and a cache miss
 * per object on every lookup.
 *
 * Most lookups miss, so a bit filter (one bit per hash, 16 bits per key: about 6% false positives) that
 * fits in the processor's cache answers most of them before the table is touched; a key's two integers,
 * the range of its values and a tag (a number the user derives from the values when building) share a
 * slot, so that a hit costs one cache line. Values keep the order they were added in, per key.
 *
 * IntKeyTable is the table without the values, as it is kept on disk: what reads a kept table uses the
 * tags (the automata's edges) or the ranges, into arrays of its own in the values' order (the near-miss
 * windows' fields). The values were a tenth of a large base's index file.
 */
const SLOT = 5;

export class IntKeyTable {
  protected constructor(
    private readonly slotMask: number,
    private readonly filterShift: number,
    private readonly filter: Int32Array,
    /** Per slot, SLOT numbers: key1, key2, the key's tag, and its values' range (`to` is 0 in an empty slot). */
    private readonly slots: Int32Array,
    /** How many values the keys' ranges span. */
    readonly count: number,
  ) {}

  /** The key's slot for from() and to(), or -1 when the key is absent. */
  find(key1: number, key2: number): number {
    const hash = mix(key1, key2);
    const bit = hash >>> this.filterShift;
    if ((this.filter[bit >>> 5] & (1 << (bit & 31))) === 0) return -1;
    for (let slot = hash & this.slotMask; ; slot = (slot + 1) & this.slotMask) {
      const at = slot * SLOT;
      if (this.slots[at + 4] === 0) return -1;
      if (this.slots[at] === key1 && this.slots[at + 1] === key2) return at;
    }
  }

  /** The tag `build` gave the key in this slot. */
  tag(slot: number): number {
    return this.slots[slot + 2];
  }

  /** The key's values are values[from(slot), to(slot)) of the map it was built as. */
  from(slot: number): number {
    return this.slots[slot + 3];
  }

  to(slot: number): number {
    return this.slots[slot + 4];
  }

  /** Its arrays, for keeping it on disk; `restore` takes them back. */
  parts(): Int32Array[] {
    return [Int32Array.of(this.slotMask, this.filterShift, this.count), this.filter, this.slots];
  }

  /** The table `parts()` gave, or undefined when the arrays do not fit together. */
  static restore([numbers, filter, slots]: readonly Int32Array[]): IntKeyTable | undefined {
    if (numbers?.length !== 3 || !filter || !slots) return undefined;
    const [slotMask, filterShift, count] = numbers;
    const fits = slots.length === (slotMask + 1) * SLOT && filter.length * 32 === 2 ** (32 - filterShift) && count >= 0;
    return fits ? new IntKeyTable(slotMask, filterShift, filter, slots, count) : undefined;
  }
}

export class IntMultiMap extends IntKeyTable {
  private constructor(
    slotMask: number,
    filterShift: number,
    filter: Int32Array,
    slots: Int32Array,
    /** The values of the key in the slot at s: values[from(s), to(s)). */
    readonly values: Int32Array,
  ) {
    super(slotMask, filterShift, filter, slots, values.length);
  }

  /**
   * The map of what the builder collected, each key's values in the order they were added. `tagOf` gives
   * each key its tag from its values, values[from, to) (0 when omitted).
   */
  static build(added: IntMultiMapBuilder, tagOf?: (values: Int32Array, from: number, to: number) => number): IntMultiMap {
    const { count, keys1, keys2 } = added;
    // Keys numbered in order of first appearance (1 + the number, in the tag's place until the end), in
    // a table kept at most half full while it fills, so that a probe sequence ends at an empty slot
    // within a step or two. It grows with the keys, not with the values: a large base repeats its keys,
    // and a table sized by the values was tens of megabytes to fill. It starts sized for half as many
    // keys as values, about what the near-miss tables have (0.3 to 1 keys per value, measured on the
    // benchmark's bases): growing it from less cost the CLI a third of its build of a 2,000-term base.
    let slots = new Int32Array(tableSize(count >> 1) * SLOT);
    const keyOf = new Int32Array(count);
    let distinct = 0;
    for (let i = 0; i < count; i++) {
      let at = slotFor(slots, keys1[i], keys2[i]);
      if (slots[at + 2] === 0) {
        if (2 * (distinct + 1) > slots.length / SLOT) {
          slots = rehashed(slots, (2 * slots.length) / SLOT);
          at = slotFor(slots, keys1[i], keys2[i]);
        }
        slots[at] = keys1[i];
        slots[at + 1] = keys2[i];
        slots[at + 2] = ++distinct;
      }
      keyOf[i] = slots[at + 2] - 1;
    }
    // A counting sort of the values by key, stable so that each key's values keep the order added.
    const starts = new Int32Array(distinct + 1);
    for (let i = 0; i < count; i++) starts[keyOf[i] + 1]++;
    for (let k = 0; k < distinct; k++) starts[k + 1] += starts[k];
    // Built, it is made as small as two-thirds full allows: a large base's table is read back from disk
    // on every CLI run, and its 20,000-term base's was 10 MB at a quarter full. Lookups are mostly
    // answered by the filter, and a probe's next slot is mostly in the same cache line.
    const compact = compactSize(distinct);
    if (compact * SLOT < slots.length) slots = rehashed(slots, compact);
    const fill = starts.slice(0, distinct);
    const values = new Int32Array(count);
    for (let i = 0; i < count; i++) values[fill[keyOf[i]]++] = added.values[i];
    const filterBits = Math.max(32, tableSize(8 * distinct));
    const filter = new Int32Array(filterBits >>> 5);
    const filterShift = 32 - Math.log2(filterBits);
    for (let at = 0; at < slots.length; at += SLOT) {
      if (slots[at + 2] === 0) continue;
      const bit = mix(slots[at], slots[at + 1]) >>> filterShift;
      filter[bit >>> 5] |= 1 << (bit & 31);
      const key = slots[at + 2] - 1;
      slots[at + 3] = starts[key];
      slots[at + 4] = starts[key + 1];
      slots[at + 2] = tagOf ? tagOf(values, starts[key], starts[key + 1]) : 0;
    }
    return new IntMultiMap(slots.length / SLOT - 1, filterShift, filter, slots, values);
  }
}

/** Collects (key1, key2, value) triples for IntMultiMap.build. */
export class IntMultiMapBuilder {
  count = 0;
  keys1: Int32Array<ArrayBuffer> = new Int32Array(1024);
  keys2: Int32Array<ArrayBuffer> = new Int32Array(1024);
  values: Int32Array<ArrayBuffer> = new Int32Array(1024);

  add(key1: number, key2: number, value: number): void {
    if (this.count === this.values.length) {
      this.keys1 = grow(this.keys1);
      this.keys2 = grow(this.keys2);
      this.values = grow(this.values);
    }
    this.keys1[this.count] = key1;
    this.keys2[this.count] = key2;
    this.values[this.count++] = value;
  }
}

/** A power of two at least twice `keys` (16 at least). */
function tableSize(keys: number): number {
  let size = 16;
  while (size < 2 * keys) size *= 2;
  return size;
}

/** The smallest power of two that `keys` fill two-thirds of at most (16 at least). */
function compactSize(keys: number): number {
  let size = 16;
  while (3 * keys > 2 * size) size *= 2;
  return size;
}

/** The offset of the key's slot, or of the empty slot where it belongs. */
function slotFor(slots: Int32Array, key1: number, key2: number): number {
  const mask = slots.length / SLOT - 1;
  for (let slot = mix(key1, key2) & mask; ; slot = (slot + 1) & mask) {
    const at = slot * SLOT;
    if (slots[at + 2] === 0 || (slots[at] === key1 && slots[at + 1] === key2)) return at;
  }
}

/** The same keys in a table of `size` slots. */
function rehashed(slots: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const resized = new Int32Array(size * SLOT);
  for (let at = 0; at < slots.length; at += SLOT) {
    if (slots[at + 2] === 0) continue;
    // Copied one number at a time: a subarray per slot cost more than the copy.
    const to = slotFor(resized, slots[at], slots[at + 1]);
    for (let f = 0; f < SLOT; f++) resized[to + f] = slots[at + f];
  }
  return resized;
}

/** A copy of `array` twice as long. */
export function grow(array: Int32Array): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/** Spreads both keys over all bits (murmur3's finaliser): the low bits pick the slot, the high ones the filter bit. */
function mix(key1: number, key2: number): number {
  let h = key1 ^ Math.imul(key2, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}
