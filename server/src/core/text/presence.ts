import type { ProseBlock, ProseDocument, ProseRun } from '../document';

/**
 * Characters without which a rule's pattern finds nothing in a run (`，；：` for doubled marks, `号` for a
 * 发文字号). A rule declares them once, at load, and proseMatches then runs its regex only on the runs
 * that hold one of them. Most rules look for characters that few runs hold, and a regex call per run
 * and rule cost more than the one pass over the prose that marks every declared set at once.
 */
export interface CharSet {
  readonly chars: string;
  /** This set's bit in a run's mask. */
  readonly bit: number;
}

export interface RunInBlock {
  block: ProseBlock;
  run: ProseRun;
}

/** A bit per set keeps the pass to one OR per character; 32 is far more than the rules declare. */
const MAX_SETS = 32;
const sets: CharSet[] = [];
/** UTF-16 code unit → the bits of the sets that contain it. */
const bitsOf = new Int32Array(0x10000);

/** The set of these characters (each one UTF-16 code unit); declare it at module load. */
export function charSet(chars: string): CharSet {
  const known = sets.find((set) => set.chars === chars);
  if (known) return known;
  if (sets.length === MAX_SETS) throw new Error(`charSet: at most ${MAX_SETS} character sets; share one between rules`);
  if (chars.length === 0) throw new Error('charSet: no characters');
  const set: CharSet = { chars, bit: 1 << sets.length };
  for (let i = 0; i < chars.length; i++) {
    const code = chars.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) throw new Error(`charSet: ${JSON.stringify(chars)} holds a surrogate pair`);
    bitsOf[code] |= set.bit;
  }
  sets.push(set);
  return set;
}

interface Presence {
  /** How many sets the masks account for: a set declared later makes the pass run again. */
  covered: number;
  runs: RunInBlock[];
  masks: Int32Array;
  holding: Map<number, RunInBlock[]>;
}

/** Per document (its blocks are fixed once parsed): computed by the first rule that asks. */
const presences = new WeakMap<ProseDocument, Presence>();

let prefilter = true;

/**
 * The document's runs (of `blocks`, when given) that hold a character of `set`, in document order.
 * Runs of other blocks are left out.
 */
export function runsHolding(document: ProseDocument, set: CharSet, blocks?: readonly ProseBlock[]): RunInBlock[] {
  if (!prefilter) return (blocks ?? document.blocks).flatMap((block) => block.runs.map((run) => ({ block, run })));
  const presence = presenceOf(document);
  let holding = presence.holding.get(set.bit);
  if (!holding) {
    holding = [];
    for (let i = 0; i < presence.runs.length; i++) if ((presence.masks[i] & set.bit) !== 0) holding.push(presence.runs[i]);
    presence.holding.set(set.bit, holding);
  }
  if (!blocks || blocks === document.blocks) return holding;
  const wanted = new Set(blocks);
  return holding.filter((entry) => wanted.has(entry.block));
}

function presenceOf(document: ProseDocument): Presence {
  const covered = sets.length;
  const known = presences.get(document);
  if (known && known.covered === covered) return known;
  const text = document.text;
  const runs: RunInBlock[] = [];
  for (const block of document.blocks) for (const run of block.runs) runs.push({ block, run });
  const masks = new Int32Array(runs.length);
  // Plain loops: this is the one pass over every character of the prose.
  for (let r = 0; r < runs.length; r++) {
    const { start, end } = runs[r].run;
    let mask = 0;
    for (let i = start; i < end; i++) mask |= bitsOf[text.charCodeAt(i)];
    masks[r] = mask;
  }
  const presence: Presence = { covered, runs, masks, holding: new Map() };
  presences.set(document, presence);
  return presence;
}

/**
 * Runs `check` with every run scanned, as if no rule had declared characters: for the test that shows
 * the declared sets change no finding.
 */
export function withoutPrefilter<T>(check: () => T): T {
  prefilter = false;
  try {
    return check();
  } finally {
    prefilter = true;
  }
}
