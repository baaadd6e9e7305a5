// Name-list rules from SCHEMA.md, each example as written there.
import { describe, expect, it } from 'vitest';
import { splitNames } from '../src/units.js';
import { parseKeyed } from '../src/assign/parse.js';
import { forgetAnswers, memo } from '../src/memo.js';

const cases: Array<[string, string[], ('leaders' | 'units')?]> = [
  ['区发展和改革局、区财政局', ['区发展和改革局', '区财政局']],
  ['区工信局,高新区科经局;各镇街', ['区工信局', '高新区科经局', '各镇街']],
  ['刘 哲', ['刘哲'], 'leaders'],
  // white space between whole names splits, a spaced name's single characters join
  ['周 平 李建华', ['周平', '李建华'], 'leaders'],
  ['李建华 周 平', ['李建华', '周平'], 'leaders'],
  ['王丹、刘虹。', ['王丹', '刘虹'], 'leaders'],
  ['武原街道(县城投集团)、县住建局', ['武原街道(县城投集团)', '县住建局']],
  ['区财政局(国资办)', ['区财政局(国资办)']],
  ['蔡甸经济开发区〈奓山街道〉', ['蔡甸经济开发区〈奓山街道〉']],
  ['县发改局(首位单位为牵头单位,下同)、县财政局', ['县发改局', '县财政局']],
  ['区水务局等各有关部门', ['区水务局', '各有关部门']],
  ['各镇 园区 县发改局', ['各镇', '园区', '县发改局']],
  ['安监站 安监所', ['安监站', '安监所']],
  ['省市场监管局、商务厅、省大数据中心按职责分工负责', ['省市场监管局', '商务厅', '省大数据中心']],
  ['市工信局、市财政局,园区管委会。以下政策措施均需各县区人民政府、园区管委会落实,不再单独列出', ['市工信局', '市财政局', '园区管委会']],
  ['市税务局等相关部门', ['市税务局', '相关部门']],
  ['西四、牛庄、岔沟等镇(街道)', ['西四', '牛庄', '岔沟', '镇(街道)']],
  ['区水务局等部门', ['区水务局']],
  // 部门 closes what 等 ends, a conjunction after it opens the next name; 部门和单位 alone is nothing more
  ['劳动保障厅等部门和各省辖市政府', ['劳动保障厅', '各省辖市政府']],
  ['市发改委等部门及各县区政府', ['市发改委', '各县区政府']],
  ['区水务局等部门和单位', ['区水务局']],
  ['区司法局等有关部门', ['区司法局', '有关部门']],
  ['各县(市、区)政府', ['各县(市、区)政府']],
  ['各县(市)、区人民政府', ['各县(市)', '区人民政府']],
  ['陆 明俞 悦', ['陆明俞悦'], 'leaders'],
  ['各专委会牵头单位及成员单位', ['各专委会牵头单位及成员单位']],
  ['区发改局、工信局', ['区发改局', '工信局']],
  ['各镇街、园区', ['各镇街', '园区']],
  ['区发展和改革局', ['区发展和改革局']],
  ['各有关部门,各开发区、镇(街道)', ['各有关部门', '各开发区', '镇(街道)']],
  ['高等院校、中等职业学校', ['高等院校', '中等职业学校']],
  ['县医疗保障局等有关部门参加', ['县医疗保障局', '有关部门']],
  ['市交通局。建设进度相对较慢的县区为舒城县。', ['市交通局']],
  ['市司法局。全市未完成援助任务的县区为舒城县、霍山县。', ['市司法局']],
  ['*区城管局\n*区农业农村局(区水利局)', ['区城管局', '区农业农村局(区水利局)']],
  ['区教育局★、区卫健局', ['区教育局', '区卫健局']],
  ['区发改局区统计局', ['区发改局', '区统计局']],
  ['市发展改革委市经贸委', ['市发展改革委', '市经贸委']],
  ['市委市政府信访局', ['市委市政府信访局']],
  ['市食安委各有关成员单位', ['市食安委各有关成员单位']],
  // asterisks a published copy put in place of characters are part of the name; one before a name is a flag
  ['****体育局、县**局、*区城管局', ['****体育局', '县**局', '区城管局']],
  ['＊＊市场监管局、区财政局按职责分工负责', ['＊＊市场监管局', '区财政局']],
  ['李华、***、**', ['李华', '***', '**'], 'leaders'],
  // masks a published copy put where names stood are names as written; one star is still a flag
  ['***、×××', ['***', '×××'], 'leaders'],
  ['****分局牵头', ['****分局']],
  ['县**局、*县财政局', ['县**局', '县财政局']],
  ['县司法局,乡镇人民政府按职责分工分别负责', ['县司法局', '乡镇人民政府']],
  // a note on how the work is shared out, its leaders in brackets: the leaders
  ['按《县委工作要点》分工(张明、李 华)', ['张明', '李华'], 'leaders'],
  // a closing verb with two qualifiers, or a bare 分工, is no part of the last name
  ['县司法局、各有关部门,乡镇人民政府按职责分工分别负责', ['县司法局', '各有关部门', '乡镇人民政府']],
  ['省局党的建设领导小组各成员单位分工负责', ['省局党的建设领导小组各成员单位']],
  // a bracketed remark that names no one (不再单独列出, 责任人:张三) is dropped; a ▲ flag is no part of a name
  ['各县(市、区)人民政府(不再单独列出)', ['各县(市、区)人民政府']],
  ['县人社局(责任人:张三)、县财政局', ['县人社局', '县财政局']],
  ['▲县人社局、县财政局△', ['县人社局', '县财政局']],
  ['——市营商环境局、市直各部门', ['市营商环境局', '市直各部门']],
  // a remark on where the list comes from: the names in its bracket
  ['按《市委工作要点》分工(蒋永根、俞福才、金跃民)', ['蒋永根', '俞福才', '金跃民'], 'leaders'],
  ['按《市委工作要点》分工(韦炜、夏改革)', ['韦炜', '夏改革'], 'leaders'],
  // a unit with its own head after it (牵头单位及主要负责人): the unit (SCHEMA)
  ['市民政局 伍泽国', ['市民政局']],
];

describe('承办 keys', () => {
  it('承办单位 are responsible units, told apart from 协办单位', () => {
    expect(parseKeyed('承办单位:区政府办公室;协办单位:区财政局')).toMatchObject({ coUnits: ['区政府办公室', '区财政局'], responsibleUnits: ['区政府办公室'], coKey: true });
  });
});

describe('splitNames', () => {
  for (const [input, expected, kind] of cases) {
    it(`${input} -> ${expected.join(' | ')}`, () => {
      expect(splitNames(input, kind ?? 'units').names).toEqual(expected);
    });
  }
  it('notices the rule that the first unit leads', () => {
    expect(splitNames('县发改局(首位单位为牵头单位,下同)、县财政局').firstIsLead).toBe(true);
    expect(splitNames('财政局、工商联(列第一位者为牵头或汇总单位,下同)').firstIsLead).toBe(true);
    expect(splitNames('市发改委、市财政局(第一责任单位为牵头单位,下同)')).toMatchObject({ firstIsLead: true, names: ['市发改委', '市财政局'] });
    expect(splitNames('区财政局(国资办)').firstIsLead).toBe(false);
    // the same rule written as loose entries of the list, not bracketed
    expect(splitNames('市财政局、市税务局,各市(区)政府,排在首位为牵头单位,下同')).toMatchObject({ firstIsLead: true, names: ['市财政局', '市税务局', '各市(区)政府'] });
    expect(splitNames('市税务局、市财政局,排在首位的为牵头单位,下同')).toMatchObject({ firstIsLead: true, names: ['市税务局', '市财政局'] });
  });
});

describe('answers kept per document (src/memo.ts)', () => {
  it('hands every caller its own lists: changing one answer changes no later one', () => {
    const first = splitNames('市发改委(牵头)、市财政局');
    first.names.push('x');
    first.marked.length = 0;
    expect(splitNames('市发改委(牵头)、市财政局')).toMatchObject({ names: ['市发改委', '市财政局'], marked: ['市发改委'] });
    const a = parseKeyed('牵头单位:市发改委;责任单位:市财政局')!;
    a.leadUnits.push('y');
    a.coUnits.length = 0;
    expect(parseKeyed('牵头单位:市发改委;责任单位:市财政局')).toMatchObject({ leadUnits: ['市发改委'], coUnits: ['市财政局'] });
  });

  it('asks the function once per string until the next document', () => {
    let calls = 0;
    const twice = memo((s: string) => { calls++; return s + s; });
    expect([twice('a'), twice('a'), twice('b')]).toEqual(['aa', 'aa', 'bb']);
    expect(calls).toBe(2);
    forgetAnswers();
    twice('a');
    expect(calls).toBe(3);
  });
});
