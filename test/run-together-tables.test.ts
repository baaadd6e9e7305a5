// Tables whose cells ran together with no separator (document-sharing sites): cut at recognized names.
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../src/pipeline.js';

const parse = async (text: string) => parseBytes(Buffer.from(text), 'r.txt');

// a whole notice glued onto one line, its project table at the end, the leaders column last
const GLUED = '文档介绍:龙府发〔2009〕23号成都市龙泉驿区人民政府关于2009年重点推进重大项目有关事项的通知各街道办事处、镇(乡)人民政府,区政府有关部门:'
  + '经区政府研究,决定对十陵景区项目等9个重大项目予以重点推进。重点推进的重大项目实行区领导联系协调制,每个项目确定一位区领导协调解决推进中的具体困难和问题,各部门要明确牵头责任人,细化工作方案,落实具体责任分工,集中力量抓出实效,确保重大项目顺利实施。'
  + '附件:龙泉驿区2009年重点推进的9个重大项目情况表二○○九年五月十四日主题词:经济管理项目推进通知抄送:区委办,区人大办。'
  + '附件成都市龙泉驿区2009年重点推进的9个重大项目情况表单位:万元序号项目名称建设阶段总投资2009年计划投资项目业主牵头协调部门牵头区领导合计 7089078737500 '
  + '1十陵景区项目加快建设43000020000市兴城公司区建设局王天刚郭代辉2成都市农产品交易中心项目加快建设3200003000四川聚和生态农业发展有限公司、聚和村农村股份合作社区农发局宋凯'
  + '3成都物流体系骨干项目加快建设1573756189000成都摩尔物流发展有限\n';

describe('run-together tables', () => {
  it('leaders last: names at the end, units back to the figures, the stage cut off the project; a row cut off is no task', async () => {
    const notice = await parse(GLUED);
    expect(notice.tasks.map((t) => [t.number, t.text, t.leaders, t.leadUnits, t.coUnits])).toEqual([
      ['1', '十陵景区项目', ['王天刚郭代辉'], ['区建设局'], ['市兴城公司']],
      ['2', '成都市农产品交易中心项目', ['宋凯'], ['区农发局'], ['四川聚和生态农业发展有限公司', '聚和村农村股份合作社']],
    ]);
  });
  it('a notice glued onto one line: 文号, title, signature date are read where its line breaks were', async () => {
    const { document } = await parse(GLUED);
    expect(document).toMatchObject({
      kind: 'task-list', title: '成都市龙泉驿区人民政府关于2009年重点推进重大项目有关事项的通知', docNumber: '龙府发〔2009〕23号',
      issuer: '成都市龙泉驿区人民政府', date: '2009-05-14', year: 2009,
    });
  });
  it('a glued line that does not open the page is left as it is', async () => {
    const { document } = await parse(`某县重点工作\n${'推进项目建设,加快发展。'.repeat(30)}二○○九年五月十四日主题词:经济管理\n`);
    expect(document.date).toBeNull();
  });
  it('a name column with no content column beside it takes the whole task text (no split into name and content)', async () => {
    const named = await parse('序号项目名称分管领导牵头单位配合单位1新建城东小学建成投用。何海平区教育局区财政局、区住建局2改造城南主干道五公里。李明区住建局区交通局、区财政局\n');
    expect(named.tasks.map((t) => [t.number, t.text, t.leaders, t.leadUnits, t.coUnits])).toEqual([
      ['1', '新建城东小学建成投用。', ['何海平'], ['区教育局'], ['区财政局', '区住建局']],
      ['2', '改造城南主干道五公里。', ['李明'], ['区住建局'], ['区交通局', '区财政局']],
    ]);
  });
  it('units listed with 、 after the task; a deadline column last (a row ends in its deadline, the next number follows it)', async () => {
    const listed = await parse('序号工作任务牵头单位配合单位1新建小学1所,建成投用。区教育局区财政局、区住建局2改造主干道5公里。区住建局区交通局\n');
    expect(listed.tasks.map((t) => [t.number, t.leadUnits, t.coUnits])).toEqual([
      ['1', ['区教育局'], ['区财政局', '区住建局']],
      ['2', ['区住建局'], ['区交通局']],
    ]);
    const dated = await parse('序号工作任务牵头单位责任单位完成时限1新建小学1所,建成投用。区教育局区财政局、区住建局2024年底前2改造主干道5公里。区住建局区交通局2024年6月底前3新建口袋公园10个。区城管局各街道长期坚持\n');
    expect(dated.tasks.map((t) => [t.number, t.text, t.leadUnits, t.deadline])).toEqual([
      ['1', '新建小学1所,建成投用。', ['区教育局'], '2024年底前'],
      ['2', '改造主干道5公里。', ['区住建局'], '2024年6月底前'],
      ['3', '新建口袋公园10个。', ['区城管局'], '长期坚持'],
    ]);
  });
  it('a task label run into the key after it (重点工作牵头单位) is two labels; leaders last with no figures before the units', async () => {
    const notice = await parse('序号重点工作牵头单位责任领导1推进城区学校建设,新建小学1所。区教育局张三2改造主干道5公里。区住建局李四五\n');
    expect(notice.tasks.map((t) => [t.number, t.text, t.leaders, t.leadUnits])).toEqual([
      ['1', '推进城区学校建设,新建小学1所。', ['张三'], ['区教育局']],
      ['2', '改造主干道5公里。', ['李四五'], ['区住建局']],
    ]);
  });
  it('units after a figure and its measure (…新建小学1所区教育局): the measure stays with the task', async () => {
    const notice = await parse('序号工作任务责任单位责任领导1新建小学1所区教育局张三2改造主干道5公里区住建局区交通局李四五\n');
    expect(notice.tasks.map((t) => [t.text, t.coUnits])).toEqual([
      ['新建小学1所', ['区教育局']],
      ['改造主干道5公里', ['区住建局', '区交通局']],
    ]);
  });
  it('a glued page whose 文号 follows its title and whose signature is an organ and a date in figures', async () => {
    const { document } = await parse('某某县人民政府办公室关于印发2020年重点工作任务分解的通知某政办发〔2020〕5号各乡镇人民政府,县直各单位:现将《2020年重点工作任务分解》印发给你们,请认真贯彻执行。各牵头单位要切实履行牵头职责,加强与配合单位的沟通协调,配合单位要积极主动支持配合,形成工作合力。各单位要高度重视,明确责任,细化措施,确保各项任务按时完成,每季度末向县政府办公室报送工作进展情况,全年工作完成情况于12月底前报送。某某县人民政府办公室2020年3月5日2020年重点工作任务分解序号工作任务牵头单位配合单位1新建小学1所,建成投用。县教育局县财政局、县住建局2改造主干道5公里。县住建局县交通局3新建口袋公园10个。县城管局各乡镇\n');
    expect(document).toMatchObject({ docNumber: '某政办发〔2020〕5号', issuer: '某某县人民政府办公室', date: '2020-03-05', year: 2020 });
  });
});

describe('a section heading run into the front of a run-together header', () => {
  it('heads the first rows (and its leader leads them)', async () => {
    const text = '市政府2021年重点工作责任分工一、徐国龙副市长重点工作序号内容与要求责任单位1确保地区生产总值增长7%以上。市发改委2高质量完成“十四五”规划编制并印发实施。市发改委、市财政局\n';
    const n = await parseBytes(Buffer.from(text), 'r.txt');
    expect(n.tasks.map((t) => [t.number, t.sections.map((s) => s.title), t.leaders])).toEqual([
      ['1', ['徐国龙副市长重点工作'], ['徐国龙']], ['2', ['徐国龙副市长重点工作'], ['徐国龙']],
    ]);
  });
});

describe('run-together rows whose units are listed with commas', () => {
  const want = [
    ['1', '加强宣传发动,引导市民参与。2021年2月底前,知晓率达90%以上。', ['市委宣传部(市文明办)', '市城管委', '市住建局', '团市委', '市文广旅局', '各区(市)县政府(管委会)']],
    ['2', '完善回收利用体系。2021年2月底前,基本建成回收利用体系。', ['市商务局', '市住建局', '市发改委', '各区(市)县政府(管委会)']],
    ['3', '加强危险废物处置管理。2021年2月底前,完善处置体系。', ['市生态环境局', '各区(市)县政府(管委会)']],
  ];
  it('a comma separates whole names as 、 does; X等部门 ends at 等; 各区(市) opens a name, it is none; a page mark inside a name is dropped', async () => {
    const n = await parse('某某分工表\n序号工作内容目标任务责任单位备注1加强宣传发动,引导市民参与。2021年2月底前,知晓率达90%以上。市委宣传部(市文明办)、市城管委,市住建局、团市委、市文广旅局等部门,各区(市)县政府(管委会)2完善回收利用体系。2021年2月底前,基本建成回收利用体系。市商务局,市\n2、住建局、市发改委,各区(市)县政府(管委会)3加强危险废物处置管理。2021年2月底前,完善处置体系。市生态环境局,各区(市)县政府(管委会)\n');
    expect(n.tasks.map((t) => [t.number, t.text, t.coUnits])).toEqual(want);
  });
  it('the same without brackets in the names (the other run-together reader)', async () => {
    const n = await parse('某某分工表\n序号工作内容目标任务责任单位备注1加强宣传发动,引导市民参与。2021年2月底前,知晓率达90%以上。市委宣传部、市城管委,市住建局、市总工会等部门,各区县政府2完善回收利用体系,推进循环经济发展。2021年2月底前,基本建成回收利用体系。市商务局,市住建局、市发改委,各区县政府\n');
    expect(n.tasks.map((t) => [t.number, t.coUnits])).toEqual([
      ['1', ['市委宣传部', '市城管委', '市住建局', '市总工会', '各区县政府']], ['2', ['市商务局', '市住建局', '市发改委', '各区县政府']],
    ]);
  });
  it('a comma before a sentence is no unit list: the text keeps it', async () => {
    const n = await parse('某某分工表\n序号工作内容目标任务责任单位备注1加强宣传发动。市委宣传部,加强引导。市城管委2完善回收利用体系。市商务局\n');
    expect(n.tasks.map((t) => [t.number, t.coUnits])).toEqual([['1', ['市城管委']], ['2', ['市商务局']]]);
  });
});

describe('run-together rows with no row numbers', () => {
  it('a header with no number column, its rows run on: each row closed by a stop, its unit list, then the next row\'s text', async () => {
    const n = await parse('某某县2023年重点工作分工方案\n工作内容牵头单位配合单位完善农村道路网络,新改建农村公路50公里。县交通运输局县财政局、县自然资源局推进老旧小区改造,完成改造12个小区。县住建局县财政局、各乡镇人民政府提升养老服务水平,新建日间照料中心3个。县民政局县卫健局\n');
    expect(n.tasks.map((t) => [t.number, t.text, t.leadUnits, t.coUnits])).toEqual([
      [null, '完善农村道路网络,新改建农村公路50公里。', ['县交通运输局'], ['县财政局', '县自然资源局']],
      [null, '推进老旧小区改造,完成改造12个小区。', ['县住建局'], ['县财政局', '各乡镇人民政府']],
      [null, '提升养老服务水平,新建日间照料中心3个。', ['县民政局'], ['县卫健局']],
    ]);
  });
  it('a deadline column after the units closes the row before the next row\'s text', async () => {
    const n = await parse('某某市政务公开工作要点\n工作内容责任单位完成时限做好政策文件公开工作,强化政策解读。市政府办公室2023年6月底前加强重点领域信息公开,回应社会关切。市发改委、市财政局2023年12月底前\n');
    expect(n.tasks.map((t) => [t.text, t.coUnits, t.deadline])).toEqual([
      ['做好政策文件公开工作,强化政策解读。', ['市政府办公室'], '2023年6月底前'],
      ['加强重点领域信息公开,回应社会关切。', ['市发改委', '市财政局'], '2023年12月底前'],
    ]);
  });
  it('a name cut loosely inside a sentence (认真实施园|区统筹…) closes no row: the text stays whole', async () => {
    const text = '某某市实施意见\n主要任务牵头单位配合单位推进湾区建设,打造城市群。认真实施园区统筹组团发展战略,促进区域均衡发展。市发改局市委政研室、各镇街加强交通互联互通,推进轨道交通建设。市交通运输局市发改局\n';
    const n = await parse(text);
    expect(n.tasks.map((t) => t.text)).toEqual(['推进湾区建设,打造城市群。认真实施园区统筹组团发展战略,促进区域均衡发展。', '加强交通互联互通,推进轨道交通建设。']);
  });
});

describe('a run-together excerpt that opens at a later (七) row', () => {
  it('the rows are numbered on from the first one printed', async () => {
    const n = await parse('某某市规划纲要分工(续)\n序号重点任务牵头单位(七)工业用水重复利用率达到80%。市工信局(八)城镇登记失业率控制在4%以内。市人社局(九)森林覆盖率达到45%。市林业局\n');
    expect(n.tasks.map((t) => [t.number, t.text, t.leadUnits])).toEqual([
      ['(七)', '工业用水重复利用率达到80%。', ['市工信局']], ['(八)', '城镇登记失业率控制在4%以内。', ['市人社局']], ['(九)', '森林覆盖率达到45%。', ['市林业局']],
    ]);
  });
});
