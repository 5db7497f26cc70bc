import type { ProseDocument } from './model';

/**
 * Inline suppression by HTML comments, as markdownlint and eslint do it:
 *   <!-- tifa-disable-next-line [rule…] -->   the next line
 *   <!-- tifa-disable [rule…] --> … <!-- tifa-enable [rule…] -->   a region (to the end when not re-enabled)
 * A rule is named by its id (`term/typo`) or its family (`term`); no name means every rule.
 */
export interface Suppressions {
  isSuppressed(ruleId: string, offset: number): boolean;
}

interface State {
  all: boolean;
  /** Disabled while `all` is false; re-enabled exceptions while `all` is true. */
  names: Set<string>;
}

interface Region {
  start: number;
  end: number;
  names: string[] | null;
}

const DIRECTIVE = /^tifa-(disable-next-line|disable|enable)(?:\s+(.*))?$/;

export function collectSuppressions(doc: ProseDocument): Suppressions {
  const changes: { at: number; state: State }[] = [];
  const nextLine: Region[] = [];
  let state: State = { all: false, names: new Set() };

  for (const comment of doc.comments) {
    const match = DIRECTIVE.exec(comment.body);
    if (!match) continue;
    const names = match[2] ? match[2].split(/[\s,，]+/).filter(Boolean) : null;
    if (match[1] === 'disable-next-line') {
      const line = doc.lines.position(comment.end).line + 1;
      if (line < doc.lines.lineCount) nextLine.push({ start: doc.lines.lineStart(line), end: doc.lines.lineEnd(line), names });
      continue;
    }
    state = match[1] === 'disable' ? disable(state, names) : enable(state, names);
    changes.push({ at: comment.end, state });
  }

  return {
    isSuppressed(ruleId, offset) {
      for (const region of nextLine) {
        if (offset >= region.start && offset <= region.end && (region.names === null || region.names.some((n) => names(ruleId, n)))) return true;
      }
      let current: State | null = null;
      for (const change of changes) {
        if (change.at > offset) break;
        current = change.state;
      }
      if (!current) return false;
      const listed = [...current.names].some((n) => names(ruleId, n));
      return current.all ? !listed : listed;
    },
  };
}

function names(ruleId: string, name: string): boolean {
  return ruleId === name || ruleId.startsWith(name + '/');
}

function disable(state: State, names: string[] | null): State {
  if (names === null) return { all: true, names: new Set() };
  const next = new Set(state.names);
  for (const n of names) state.all ? next.delete(n) : next.add(n);
  return { all: state.all, names: next };
}

function enable(state: State, names: string[] | null): State {
  if (names === null) return { all: false, names: new Set() };
  const next = new Set(state.names);
  for (const n of names) state.all ? next.add(n) : next.delete(n);
  return { all: state.all, names: next };
}
