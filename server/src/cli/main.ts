import { Command, CommanderError, Option } from 'commander';
import { runCheck, type Io } from './check';
import { chineseHeading, chineseOptionDescription, chineseUsageError } from './commanderText';
import { UsageError } from './files';
import { runTermsPropose } from './propose';
import { runTermsCheck, runTermsExport } from './terms';

/** Builds the `tifa` command; `io` keeps it testable without spawning a process. */
export function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command('tifa')
    .description('提法（Tifa）：公文规范用语检查')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err, outputError: () => undefined })
    .configureHelp({ styleTitle: chineseHeading, optionDescription: chineseOptionDescription })
    .usage('[选项] [命令]')
    .helpOption('-h, --help', '显示帮助')
    .helpCommand('help [命令]', '显示某个命令的帮助')
    .version(process.env.TIFA_VERSION ?? '0.0.0', '-v, --version', '显示版本号');

  program
    .command('check')
    .usage('[选项] [路径...]')
    .description('检查 Markdown（.md/.markdown）和纯文本（.txt）文件；目录会递归检查')
    .argument('[路径...]', '文件、目录或 glob')
    .addOption(new Option('-f, --format <格式>', '输出格式').choices(['stylish', 'json', 'sarif']).default('stylish'))
    .option('--fix', '自动修复并写回文件（保持编码、BOM 和换行符）', false)
    .option('--fix-dry-run', '只显示修复后的差异，不写文件', false)
    .option('--stdin', '从标准输入读取文本', false)
    .option('--stdin-filename <文件名>', '标准输入文本的文件名（决定文件类型和配置）')
    .option('--no-color', '不使用颜色')
    .action(async (paths: string[], opts) => {
      setExit(
        await runCheck(
          paths,
          { format: opts.format, fix: opts.fix, fixDryRun: opts.fixDryRun, stdin: opts.stdin, stdinFilename: opts.stdinFilename, color: opts.color && process.stdout.isTTY === true && !process.env.NO_COLOR },
          io,
        ),
      );
    });

  const terms = program.command('terms').usage('[命令]').description('术语库工具');
  terms
    .command('check')
    .usage('[文件...]')
    .description('校验术语库（格式、安全检查、自测用例）；不带参数时校验内置术语库')
    .argument('[文件...]', '术语库 YAML 文件')
    .action((files: string[]) => setExit(runTermsCheck(files, io)));
  terms
    .command('export')
    .usage('[选项] [文件...]')
    .description('导出术语库')
    .addOption(new Option('--format <格式>', '导出格式').choices(['prh']).default('prh'))
    .argument('[文件...]', '叠加在内置术语库之上的术语文件')
    .action((files: string[]) => setExit(runTermsExport(files, io)));
  terms
    .command('propose')
    .usage('[选项] <语料目录...>')
    .description('从权威语料中提出候选术语（计数和每一处出处），输出审阅表（Markdown）或 JSON')
    .argument('<语料目录...>', '含 .txt/.md 的目录')
    .option('-o, --out <文件>', '写入文件：.md 为审阅表，其他为 JSON；不写则输出审阅表到标准输出')
    .addOption(new Option('-f, --format <格式>', '输出格式').choices(['markdown', 'json']))
    // commander recognises a variadic option only after a word character: hence .yaml before the dots.
    .option('--terms <术语文件.yaml...>', '叠加在内置术语库之上的术语文件（用于标出已收录的词）')
    .action((folders: string[], opts) => setExit(runTermsPropose(folders, { out: opts.out, format: opts.format, terms: opts.terms ?? [] }, io)));
  return program;
}

/** Runs the CLI; resolves to the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  let code = 0;
  const program = buildProgram(io, (c) => (code = c));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return 0;
      io.err(`tifa: ${chineseUsageError(error)}（运行 tifa --help 查看用法）\n`);
      return 2;
    }
    if (error instanceof UsageError) {
      io.err(`tifa: ${error.message}\n`);
      return 2;
    }
    io.err(`tifa: 内部错误：${(error as Error).stack ?? error}\n`);
    return 2;
  }
}
