/**
 * Small closed word lists the extractors use to find where a name begins: words that end a phrase on
 * its left (verbs that govern a name, function characters) and the suffixes that mark a name.
 */

/** Characters that never start or end a term: particles, conjunctions, prepositions (not 地 or 之: 成渝地区, 聚天下英才而用之). */
export const FUNCTION_CHARS = new Set('的得和与及或并且而是在于对把被将从向以为了着过也都就又还再更很最等由其该这那此');

/** Verbs (and adverbs) that govern a following name: 「深入实施|科教兴国战略」. */
export const GOVERNING_WORDS = new Set(
  (
    '实施 推进 推动 加快 建设 构建 完善 强化 深入 落实 打造 坚持 贯彻 学习 实现 全面 培育 提升 融入 服务 抢抓 促进 形成 ' +
    '成为 作为 迈向 进入 开启 围绕 聚焦 依靠 发挥 增强 加强 筑牢 建成 迈上 走好 唱好 做好 扛起 锚定 拓宽 优化 牢记 领会 ' +
    '支持 推出 提出 出版 编辑 收入 召开 出席 主持 担任 当好 做强 做优 做大 部署 引领 赋能 布局 着力 大力 积极 持续 扎实 ' +
    '奋力 努力 切实 不断 加速 深化 巩固 紧扣 立足 面向 把握 以及 通过 按照 根据 关于 对于 我们 我国 总书记 谱写 健全 建立 收入 坚决 有力 提高 增强 参加 共建 进军 壮大 深度 融合 确立 保障 开辟 弘扬'
  ).split(' '),
);

/** Suffixes of strategies, concepts, policies and places in policy prose. */
export const NAME_SUFFIXES = [
  '战略', '体系', '工程', '通道', '经济圈', '经济带', '思想', '理念', '格局', '生产力', '现代化', '强国', '复兴', '产业集群',
  '新征程', '共同体', '中心', '高地', '示范区', '先行区', '屏障', '走廊', '大开发', '腹地', '中国梦', '奋斗目标', '工业化',
  '新兴产业', '制造业', '强市', '体制', '攻坚战', '道路', '精神', '基地', '服务业',
];

/** Verbs of one character that govern a following name: 「坚定不移走|中国特色自主创新道路」. */
export const GOVERNING_CHARS = new Set('走');

/** Suffixes of organizations. */
export const ORGANIZATION_SUFFIXES = ['党中央', '工作会议', '领导小组', '政协', '经开区', '委员会', '研究院', '研究所', '出版社', '公司', '集团', '大学', '科学院', '工程院', '科协', '政治局', '新华社', '日报', '经信委', '发展改革委', '管委会', '高新区', '新区', '科学城'];

/** Role words that end a title: shared with title/mismatch. */
export { ROLE_WORDS } from '../titles';

/** What follows a person's name in reporting prose: 「…主任饶静表示」. */
export const REPORTING_WORDS = ['表示', '说', '出席', '主持', '强调', '指出', '介绍', '认为', '在'];

/** Words a discovered phrase may end with that belong to the sentence, not the term (量子科技|发展). */
export const TRAILING_WORDS = new Set(['发展', '建设', '工作']);
