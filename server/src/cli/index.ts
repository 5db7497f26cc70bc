/** The `tifa` command (bundled to dist/cli.main.js, which dist/cli.js launches). */
import { join } from 'node:path';
import { keepDerivedDataIn } from '../core/keptData';
import { UsageError } from './files';
import { main } from './main';
import { MAX_FILE_BYTES } from './textFile';

const io = {
  cwd: process.cwd(),
  out: (text: string) => process.stdout.write(text),
  err: (text: string) => process.stderr.write(text),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of process.stdin) {
      size += (chunk as Buffer).length;
      // Same limit as for files, checked as the bytes arrive so that a huge pipe never fills memory.
      if (size > MAX_FILE_BYTES) throw new UsageError(`标准输入过大（超过 ${MAX_FILE_BYTES / 1024 / 1024} MB 的上限），未检查；请拆分后再检查`);
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks).toString('utf8');
  },
};

keepDerivedDataIn(join(__dirname, '.cache'));

main(process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
});
