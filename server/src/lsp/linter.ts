import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { LintCache, type FileKind, type Finding } from '../core';
import { background } from './background';
import { toDiagnostic } from './diagnostics';
import type { ProblemReporter } from './problems';
import { StatusNotification } from './protocol';
import type { Workspace } from './workspace';

/**
 * A document whose last lint took at most this long is linted at once after an edit, so the writer sees the
 * findings while typing (with the incremental lint a 100-page draft takes ~10 ms per edit).
 */
export const PROMPT_LINT_MS = 40;
/**
 * Otherwise — a slow lint, or edits coming faster than the lint (a paste, replace-all, held-down keys) —
 * the lint waits until typing pauses this long, so the server is not linting all the time.
 */
export const TYPING_DEBOUNCE_MS = 150;

/**
 * How long to wait after an edit before linting, given how long the document's last lint took (undefined
 * before the first), the time since the edit before, and whether that edit's lint is still waiting to run
 * (see DocumentLinter.schedule).
 */
export function typingDelay(lastCost: number | undefined, sinceLastEdit: number, lintWaiting: boolean): number {
  const prompt = !lintWaiting && lastCost !== undefined && lastCost <= PROMPT_LINT_MS && sinceLastEdit >= lastCost;
  return prompt ? 0 : Math.max(TYPING_DEBOUNCE_MS, lastCost ?? 0);
}

/**
 * Lints a text as one document; `report` sends config and rule problems to the user; `cache` is the
 * document's own, for its live text only (fix-all's intermediate texts would only churn it).
 */
export type TextLinter = (text: string, report?: boolean, cache?: LintCache) => Finding[];

interface LintedVersion {
  version: number;
  findings: Finding[];
  /** How long the lint took, ms. */
  cost: number;
}

export function kindOf(document: TextDocument): FileKind {
  return document.languageId === 'markdown' ? 'markdown' : 'plaintext';
}

/**
 * Lints open documents and publishes their diagnostics. Runs are scheduled per document (typingDelay);
 * the latest text wins: a run whose document changed while it waited for settings is dropped, and the
 * newer version is linted instead. Findings are kept per version for code actions, hover and fix-all.
 */
export class DocumentLinter {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Documents whose lint has started but not published yet (it waits for settings). */
  private readonly running = new Set<string>();
  private readonly linted = new Map<string, LintedVersion>();
  /** Per open document: what its last lint saw, so that the next one re-checks only the blocks an edit touched. */
  private readonly caches = new Map<string, LintCache>();
  /** When each open document was last edited (performance.now()), to tell typing from a burst of edits. */
  private readonly lastEdit = new Map<string, number>();
  /** Bumped when settings or files change, so that a run started before cannot cache or publish old findings. */
  private generation = 0;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly workspace: Workspace,
    private readonly problems: ProblemReporter,
  ) {}

  /**
   * The findings for the document's current version (cached); empty when Tifa is disabled for it or its
   * config ignores it; undefined when the document changed (or closed) while settings were loading.
   * Settings or files that change meanwhile are loaded again: a code action or hover asked for just then
   * (an editor often sends several configuration changes in a row) must not come back empty.
   */
  async findingsFor(document: TextDocument): Promise<Finding[] | undefined> {
    for (;;) {
      const cached = this.linted.get(document.uri);
      if (cached && cached.version === document.version) return cached.findings;
      const generation = this.generation;
      const lintText = await this.textLinterFor(document);
      const current = this.documents.get(document.uri);
      if (!current || current.version !== document.version) return undefined;
      if (generation !== this.generation) continue;
      const started = performance.now();
      const findings = lintText ? lintText(document.getText(), true, this.cacheFor(document.uri)) : [];
      this.linted.set(document.uri, { version: document.version, findings, cost: performance.now() - started });
      return findings;
    }
  }

  /**
   * The lint as the document's settings and config make it, for any text (fix-all re-lints its own
   * output); undefined when Tifa is disabled for the document or its config ignores it.
   */
  async textLinterFor(document: TextDocument): Promise<TextLinter | undefined> {
    const settings = await this.workspace.settingsFor(document.uri);
    const project = await this.workspace.projectFor(document.uri);
    const path = this.workspace.filePathOf(document.uri, document.languageId);
    if (!settings.enable || project.isIgnored(path)) return undefined;
    const kind = kindOf(document);
    return (text, report = false, cache) => {
      const result = project.lintFile(path, text, kind, cache);
      if (report) {
        this.problems.report(result.problems);
        this.problems.reportFailures(result.failures, path);
      }
      return result.findings;
    };
  }

  /** A change: lint as you type unless the settings say on save only. */
  async changed(document: TextDocument): Promise<void> {
    const settings = await this.workspace.settingsFor(document.uri);
    if (settings.run === 'onType' && this.documents.get(document.uri)) this.schedule(document);
  }

  /**
   * As you type. When the document's last lint was quick and the previous edit is older than that lint
   * took, lint at once: the writer is typing no faster than the server lints. Edits that come faster (a
   * burst: paste, replace-all, a held-down key; edits queued while a lint ran; an edit arriving before the
   * previous one's lint even started) wait until typing pauses.
   * A document whose lint takes longer than the debounce (a very long draft) waits as long as its last lint
   * took, so that hover and completion stay responsive.
   */
  schedule(document: TextDocument): void {
    const lintWaiting = this.timers.has(document.uri) || this.running.has(document.uri);
    this.cancel(document.uri);
    const now = performance.now();
    const sinceLastEdit = now - (this.lastEdit.get(document.uri) ?? Number.NEGATIVE_INFINITY);
    this.lastEdit.set(document.uri, now);
    const delay = typingDelay(this.linted.get(document.uri)?.cost, sinceLastEdit, lintWaiting);
    this.timers.set(
      document.uri,
      setTimeout(() => background(this.connection, this.run(document.uri)), delay),
    );
  }

  /** On open, on save, on a settings change: lint now. */
  lintNow(document: TextDocument): Promise<void> {
    this.cancel(document.uri);
    return this.run(document.uri);
  }

  relintAll(): Promise<void> {
    this.generation++;
    this.linted.clear();
    return Promise.all(this.documents.all().map((d) => this.lintNow(d))).then(() => undefined);
  }

  /** A closed document leaves no diagnostics behind. */
  close(uri: string): void {
    this.cancel(uri);
    this.linted.delete(uri);
    this.caches.delete(uri);
    this.lastEdit.delete(uri);
    background(this.connection, this.connection.sendDiagnostics({ uri, diagnostics: [] }));
    background(this.connection, this.connection.sendNotification(StatusNotification, { uri, count: 0 }));
  }

  private cacheFor(uri: string): LintCache {
    let cache = this.caches.get(uri);
    if (!cache) this.caches.set(uri, (cache = new LintCache()));
    return cache;
  }

  private cancel(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer) clearTimeout(timer);
    this.timers.delete(uri);
  }

  private async run(uri: string): Promise<void> {
    this.timers.delete(uri);
    this.running.add(uri);
    try {
      await this.lintAndPublish(uri);
    } finally {
      this.running.delete(uri);
    }
  }

  private async lintAndPublish(uri: string): Promise<void> {
    const document = this.documents.get(uri);
    if (!document) return;
    const findings = await this.findingsFor(document);
    if (findings === undefined) {
      // Stale: the text changed meanwhile. A pending timer will lint the new text; otherwise do it now.
      if (!this.timers.has(uri) && this.documents.get(uri)) await this.lintAndPublish(uri);
      return;
    }
    const diagnostics = findings.map((f) => toDiagnostic(document, f));
    await this.connection.sendDiagnostics({ uri, version: document.version, diagnostics });
    await this.connection.sendNotification(StatusNotification, { uri, count: diagnostics.length });
  }
}
