/** VS Code entry point (bundled to dist/extension.js). Starts the language server; see issue #3. */
import type { ExtensionContext } from 'vscode';

export function activate(_context: ExtensionContext): void {}

export function deactivate(): void {}
