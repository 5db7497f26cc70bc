/** Entry point of `tifa` (bundled to dist/cli.js). */
import { main } from './main';

const io = {
  cwd: process.cwd(),
  out: (text: string) => process.stdout.write(text),
  err: (text: string) => process.stderr.write(text),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
};

main(process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
});
