import { existsSync } from 'node:fs';
import { isAbsolute, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Project, WORKSPACE_TERMS, type Locale, type TermBase } from '../core';
import { DEFAULT_SETTINGS, type TifaSettings } from './settings';

export interface WorkspaceFolder {
  uri: string;
  /** File-system path of the folder. */
  path: string;
}

/** Pulls the `tifa` section for a scope (a folder or document URI); undefined for global settings. */
export type SettingsSource = (scopeUri: string | undefined) => Promise<TifaSettings>;

/**
 * Workspace folders, their settings and their Projects. Each folder of a multi-root workspace has its own
 * settings and its own Project (config and term bases); documents outside every folder share a default one.
 */
export class Workspace {
  private folders: WorkspaceFolder[] = [];
  private readonly settings = new Map<string, Promise<TifaSettings>>();
  private readonly projects = new Map<string, Promise<Project>>();

  constructor(
    private readonly source: SettingsSource,
    private readonly locale: Locale,
  ) {}

  setFolders(uris: readonly string[]): void {
    this.folders = uris.filter((uri) => uri.startsWith('file:')).map((uri) => ({ uri, path: fileURLToPath(uri) }));
    this.reset();
  }

  /** Settings changed: pull them again and rebuild the Projects. */
  reset(): void {
    this.settings.clear();
    this.projects.clear();
  }

  /** A config or term file changed: rebuild the Projects with the settings already known. */
  reloadFiles(): void {
    this.projects.clear();
  }

  /** The workspace folder holding a document (the innermost one when folders nest). */
  folderOf(uri: string): WorkspaceFolder | undefined {
    const path = pathOf(uri);
    if (!path) return this.folders.length === 1 ? this.folders[0] : undefined;
    let best: WorkspaceFolder | undefined;
    for (const folder of this.folders) {
      const inside = path === folder.path || path.startsWith(folder.path.endsWith(sep) ? folder.path : folder.path + sep);
      if (inside && (!best || folder.path.length > best.path.length)) best = folder;
    }
    return best;
  }

  settingsFor(uri: string): Promise<TifaSettings> {
    return this.settingsOfFolder(this.folderOf(uri));
  }

  private settingsOfFolder(folder: WorkspaceFolder | undefined): Promise<TifaSettings> {
    const key = folder?.uri ?? '';
    let pending = this.settings.get(key);
    if (!pending) {
      pending = this.source(folder?.uri).catch(() => DEFAULT_SETTINGS);
      this.settings.set(key, pending);
    }
    return pending;
  }

  projectFor(uri: string): Promise<Project> {
    const folder = this.folderOf(uri);
    const key = folder?.uri ?? '';
    let pending = this.projects.get(key);
    if (!pending) {
      pending = this.settingsOfFolder(folder).then((settings) => new Project({ rules: settings.rules, terminology: termFilesOf(settings, folder), locale: this.locale }));
      this.projects.set(key, pending);
    }
    return pending;
  }

  /**
   * The path a document is linted as: its own for files; for an untitled buffer a name inside its folder
   * (so that the folder's config applies) with the extension of its language.
   */
  filePathOf(uri: string, languageId: string): string {
    const path = pathOf(uri);
    if (path) return path;
    const folder = this.folderOf(uri)?.path ?? process.cwd();
    return join(folder, languageId === 'markdown' ? 'untitled.md' : 'untitled.txt');
  }

  /** The term base in force for a document. */
  async termsFor(uri: string, languageId: string): Promise<TermBase> {
    const project = await this.projectFor(uri);
    return project.settingsFor(this.filePathOf(uri, languageId)).terms;
  }

  /** Term files a document's config names (.tifarc.yaml `terminology:`), for the file watchers. */
  async configTermFiles(uri: string, languageId: string): Promise<string[]> {
    const project = await this.projectFor(uri);
    return project.settingsFor(this.filePathOf(uri, languageId)).config.terminology;
  }

  /** Where 「加入工作区术语表」 and 「忽略此词」 write for a document; undefined outside every folder. */
  workspaceTermFile(uri: string): string | undefined {
    const folder = this.folderOf(uri);
    return folder ? join(folder.path, WORKSPACE_TERMS) : undefined;
  }

  /** Term files named by settings, absolute, for the file watchers. */
  async configuredTermFiles(): Promise<string[]> {
    const keys = this.folders.length > 0 ? this.folders : [undefined];
    const files = await Promise.all(keys.map(async (folder) => termFilesOf(await this.settingsOfFolder(folder), folder)));
    return [...new Set(files.flat())];
  }
}

/** Settings' term files made absolute, then the folder's workspace term file when it exists. */
function termFilesOf(settings: TifaSettings, folder: WorkspaceFolder | undefined): string[] {
  const base = folder?.path ?? process.cwd();
  const files = settings.terminologyFiles.map((p) => (isAbsolute(p) ? p : resolve(base, p)));
  if (folder) {
    const workspaceTerms = join(folder.path, WORKSPACE_TERMS);
    if (existsSync(workspaceTerms)) files.push(workspaceTerms);
  }
  return files;
}

function pathOf(uri: string): string | undefined {
  return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
}

export function uriOf(path: string): string {
  return pathToFileURL(path).href;
}
