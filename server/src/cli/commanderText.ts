import { Help, type CommanderError, type Option } from 'commander';

/** commander's help headings, in 简体中文. */
const HEADINGS: Record<string, string> = {
  'Usage:': '用法：',
  'Options:': '选项：',
  'Commands:': '命令：',
  'Arguments:': '参数：',
  'Global Options:': '全局选项：',
};

export function chineseHeading(title: string): string {
  return HEADINGS[title] ?? title;
}

/** An option's help line with commander's `(choices: …, default: …)` said in 简体中文. */
export function chineseOptionDescription(this: Help, option: Option): string {
  return Help.prototype.optionDescription
    .call(this, option)
    .replace(/\bchoices: /, '可选：')
    .replace(/\bdefault: /, '默认：');
}

/** commander's usage errors are English; say them in 简体中文, naming what it quoted. */
export function chineseUsageError(error: CommanderError): string {
  const quoted = [...error.message.matchAll(/'([^']*)'/g)].map((m) => m[1]);
  switch (error.code) {
    case 'commander.unknownOption':
      return `未知选项：${quoted[0]}`;
    case 'commander.unknownCommand':
      return `未知命令：${quoted[0]}`;
    case 'commander.invalidArgument': {
      const choices = /Allowed choices are (.*)\.$/.exec(error.message)?.[1];
      return `选项 ${quoted[0]} 的值「${quoted[1]}」无效${choices ? `，可选：${choices.split(', ').join('、')}` : ''}`;
    }
    case 'commander.optionMissingArgument':
      return `选项 ${quoted[0]} 缺少值`;
    case 'commander.missingArgument':
      return `缺少参数：${quoted[0]}`;
    case 'commander.excessArguments':
      return '参数过多';
    default:
      return `用法错误：${error.message.replace(/^error: /, '')}`;
  }
}
