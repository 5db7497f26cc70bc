/**
 * The editor suite's entry in the @vscode/test-electron layout: a module exporting `run()`, which mocha
 * runs inside VS Code's extension host. The same module runs in VS Code desktop (npm run test:vscode) and in
 * code-server (npm run test:editor). The specs sit next to it as *.spec.js once compiled (see compileSuite.ts).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 30_000 });
  for (const file of readdirSync(__dirname).filter((name) => name.endsWith('.spec.js')).sort()) {
    mocha.addFile(join(__dirname, file));
  }
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} 个编辑器测试失败`)) : resolve()));
  });
}
