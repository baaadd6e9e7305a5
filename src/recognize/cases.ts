// Each recognizer's table of cases, run by test/recognize.test.ts. Spans are taken from real notices.
import type { Assignment } from '../assign/parse.js';

/** [span, is it a unit?] */
export const unitCases: Array<[string, boolean]> = [
  ['区发改局', true], ['市发展和改革委员会', true], ['县水务局', true], ['省发展改革委', true], ['财政部', true],
  ['工业和信息化部', true], ['宋跳工业园', true], ['立山经济开发区', true], ['各街道', true], ['各有关部门', true],
  ['区疫情防控指挥部成员单位', true], ['各街办(新区)', true], ['武原街道(县城投集团)', true], ['区财政局(国资办)', true],
  ['各县(市、区)政府', true], ['县代建中心', true], ['县护城河指挥部', true], ['市残联', true], ['人民银行', true],
  ['金融发展服务中心', true], ['全区经济运行各专班', true], ['团县委', true], ['县妇联', true], ['市税务局', true],
  ['国家发展改革委', true], ['中央农办', true], ['县文体广新局', true], ['区政府办', true], ['市直各部门', true],
  ['镇(街道)', true], ['各镇', true], ['安监站', true], ['县教科局', true], ['国网县供电公司', true], ['市城投集团', true],
  ['区创文办', true], ['各乡镇人民政府', true], ['县经济开发区管委会', true], ['市行政审批局', true], ['县医保局', true],
  ['加快建设市民服务中心', false], ['新建2座人行天桥', false], ['建设农村公办幼儿园(所)', false], ['建设局', true], ['12月底前', false], ['王从峰', false],
  ['推进政务服务改革', false], ['完成棚户区改造2836户', false], ['牵头单位:区发改局', false], ['具体任务均涉及相关市(州)人民政府', false],
  ['全面落实各级“五减”系列政策', false], ['2023年', false], ['', false], ['全市未完成援助任务的县区为舒城县', false],
  ['第一责任单位', false], ['首位单位', false], ['各重大项目建设责任单位', true],
  // the first-is-lead rule written with 主办 (SCHEMA: 主办单位 leads as 牵头) is a remark, no organ
  ['排在首位为主办单位', false], ['列第一位者为工作主办单位', false], ['市政协办公室', true], ['区政协办', true], ['板块', true],
  // a body's members: the body's name, 各, a collective
  ['省局党的建设领导小组各成员单位', true], ['市安全生产委员会各成员单位', true], ['推进项目建设各有关部门', false],
  // a line is no organ: 红线, 底线, 热线 end tasks (守住生态红线), not names
  ['守住生态红线', false], ['开通政务热线', false],
  // masked characters (two asterisks or more) stand for some name's characters
  ['****分局', true], ['县**局', true], ['＊＊镇人民政府', true], ['**', false], ['加强**管理', false],
  // a published copy's masks hide part of a name (****体育局, 县**局); a mask alone hides a person, no organ
  ['****体育局', true], ['县**局', true], ['××市场监管局', true], ['***', false], ['2×1000MW', false],
  // a verb that is the body of an organ's name (组织部) is no sentence run on from a name
  ['市委组织部', true], ['县委组织部', true], ['区委组织部、区人社局', false], ['轨道公司推进大庙弄改造', false],
  // a road's section is a place (816东路(连江一中段)); a line's maintenance section is an organ
  ['连江一中段', false], ['贵安高速口至贵安大桥段', false], ['城关段', false], ['县公路段', true], ['市公路管理段', true], ['福州工务段', true],
  // the enterprises of a trade are a collective that carries tasks out; a verb before them makes a task
  ['管道燃气企业', true], ['各通信企业', true], ['支持企业', false], ['培育龙头企业', false], ['规上企业', false], ['专精特新企业', false],
];

/** A town's own offices, named with no place before them (安监所, 派出所, 交警六中队). */
export const townUnitCases: Array<[string, boolean]> = [
  ['电管所', true], ['民政所', true], ['城建办', true], ['工商质监所', true], ['交警六中队', true], ['卫生院', true], ['超限站', true],
];

/** [run, its cut into a town's offices written together, or null when it is one name or none] */
export const townCutCases: Array<[string, string[] | null]> = [
  ['派出所工商质监所', ['派出所', '工商质监所']], ['安监站安监所', ['安监站', '安监所']], ['卫生院防保所', ['卫生院', '防保所']],
  ['文化站超限站公路站', ['文化站', '超限站', '公路站']],
  // one name: its first part no town office (公安局), no name at all (办|公室), or a name joined by 及 (SCHEMA: never cut there)
  ['公安局派出所', null], ['县政府办公室', null], ['区城管大队法制办及街道城管中队', null], ['综合执法大队', null], ['安监站', null],
];

/** [span, is it surely an organ's name written with no place before it (one body, one ending)?] */
export const bareOrganCases: Array<[string, boolean]> = [
  ['教育局', true], ['发改局', true], ['人社局', true], ['经委', true], ['农办', true], ['公安分局', true], ['残联', true], ['团县委', true],
  ['宣传部', true], ['政务服务中心', true], ['财政局', true], ['统计局', true], ['办公室', true],
  // a place before it, a word that is no body, two bodies or a sentence's end are no bare name
  ['区教育局', false], ['就业人社局', false], ['教育财政局', false], ['消费品工业司', false], ['推进教育', false], ['局', false], ['王从峰', false],
];

/** [span read as one name, does a task's end run into a bare organ's name in it?] */
export const holdsBareOrganCases: Array<[string, boolean]> = [
  ['镇就业人社局', true], ['所教育局', true], ['提升农林水务局', true], ['逐项推动工作落实办公室', true],
  // a place, a level, a party level or a body before it, or a whole name before it (two names run together)
  ['区人社局', false], ['岳阳楼区公安分局', false], ['市委宣传部', false], ['县文化旅游局', false], ['市人口和计生委', false],
  ['机关纪委', false], ['市发展改革委经委', false], ['区住房和城乡建设局', false], ['县农业农村局', false],
];

/** [span, is it a person or a leader's role?] */
/** Loose cuts of names run together (cells run together on document-sharing pages): [run, its names, or null when one name]. */
export const looseCutCases: Array<[string, string[] | null]> = [
  ['水利局住建局各镇', ['水利局', '住建局', '各镇']], ['经委农办统计局', ['经委', '农办', '统计局']],
  // a place name with no level opens the next name; an organ's ending alone closes the name before it
  ['市卫健委长江新区管委会', ['市卫健委', '长江新区管委会']], ['市疫情防控指挥部办公室', null], ['各相关乡镇政府', null],
  // never inside an ending or a word names are made of (委|员会, 社会|保障, 开发园|区)
  ['省食品药品安全委员会其他成员单位', null], ['市人力资源社会保障局', null], ['开发园区管委会', null], ['市经济运行监测联席会议其他成员单位', null],
  // a body's members after a body that has them are its own; after an organ they are the next cell
  ['市政府各部门', null], ['区安委会各成员单位', null], ['市发展和改革局各有关部门', ['市发展和改革局', '各有关部门']],
  ['市政府办公室市政府各部门', ['市政府办公室', '市政府各部门']], ['办公室各科室', ['办公室', '各科室']],
];

export const personCases: Array<[string, boolean]> = [
  ['王从峰', true], ['刘虹', true], ['刘 哲', true], ['俞 悦', true], ['林克庆', true], ['张新', true], ['欧阳明', true],
  ['王丹县长', true], ['副市长张三', true], ['分管副市长', true], ['市政府分管领导同志', true], ['常务副县长', true], ['各区长', true],
  ['省政府分管领导同志', true], ['市政府常务副市长', true], ['曹惠明', true],
  ['财政局', false], ['区发改局', false], ['教育局', false], ['县水务局', false], ['各街道', false], ['12月底前', false],
  ['推进改革', false], ['市场监管局', false],
  // a masked name (***, ×××) stands where a person's name stood
  ['***', true], ['×××', true], ['****体育局', false], ['*', false],
];

/** [span read as one unit's name, does it hold a leader's name and the units after it?] */
export const holdsPersonCases: Array<[string, boolean]> = [
  ['资金使用效益梁志强各县(市、区)政府', true], ['加快信用体系建设王明市财政局', true], ['都市农产品交易中心项目宋凯区农发局', true],
  // a place before a level, names run together, or a name with no level after the person
  ['区张店镇政府', false], ['区工业和信息化局沈阳近海经济区管委会', false], ['县王家坝水库管理处', false], ['梁志强各县(市、区)政府', false],
];

export const deadlineCases: Array<[string, boolean]> = [
  ['12月底前', true], ['2023年6月底前', true], ['年内', true], ['长期坚持', true], ['持续推进', true], ['每季度', true],
  ['9月投入使用', true], ['5月底前动工', true], ['2022年10月底前', true], ['上半年', true], ['三季度', true], ['2023年3月—2024年6月', true],
  ['年底前完成', true], ['县住建局', false], ['区发改局', false], ['推进重点项目建设', false], ['各镇', false],
];

type Fields = Partial<Pick<Assignment, 'leaders' | 'leadUnits' | 'coUnits' | 'deadline' | 'responsible' | 'firstIsLead'>>;

/** [span, expected assignment (null: not an assignment), options] */
export const clauseCases: Array<[string, Fields | null, { bareList?: boolean }?]> = [
  ['市发改委牵头,市财政局配合', { leadUnits: ['市发改委'], coUnits: ['市财政局'] }],
  ['由王丹副市长负责,市发改委牵头,市财政局、市统计局配合', { leaders: ['王丹'], leadUnits: ['市发改委'], coUnits: ['市财政局', '市统计局'] }],
  ['由市交通局、市城投集团负责落实', { coUnits: ['市交通局', '市城投集团'] }],
  ['由市财政局、农业局,各县(市)、区人民政府负责落实', { coUnits: ['市财政局', '农业局', '各县(市)', '区人民政府'] }],
  ['市工信委、市财政局', { coUnits: ['市工信委', '市财政局'] }, { bareList: true }],
  ['市工信委、市财政局', null],
  // a field's short name before a later …部门 shares that ending (水利、电力部门); a verb there is no name
  ['由县民族局、水利、电力部门共同组织实施', { coUnits: ['县民族局', '水利', '电力部门'] }],
  ['由县民族局、推进、电力部门共同组织实施', null],
  // a bare list that states its first-is-lead rule, and a sentence about the list after its full stop
  ['市税务局、市财政局,各县市、区政府,列第一位的为牵头单位,下同。以下均需各县市、区政府落实,不再列出',
    { coUnits: ['市税务局', '市财政局', '各县市', '区政府'], responsible: true }, { bareList: true }],
  ['区发改局、区财政局分别负责', { coUnits: ['区发改局', '区财政局'] }],
  ['区发改局、区财政局分别牵头', { leadUnits: ['区发改局', '区财政局'] }],
  ['主办单位:县住建局,协办单位:县财政局', { leadUnits: ['县住建局'], coUnits: ['县财政局'] }],
  // a co-role word in an unlisted label outranks 主要; 街道板块 is a collective of units (Nanjing's districts)
  ['牵头责任单位:县卫健委;主要协作单位:各乡镇人民政府、县政府有关部门', { leadUnits: ['县卫健委'], coUnits: ['各乡镇人民政府', '县政府有关部门'] }],
  ['区商务局主办,各街道板块协办', { leadUnits: ['区商务局'], coUnits: ['各街道板块'] }],
  // a bare 板块 after 、 (各街道、板块: the 各 is not carried over) is a collective as 各板块 is
  ['区科技局主办,各街道、板块协办', { leadUnits: ['区科技局'], coUnits: ['各街道', '板块'] }],
  // X为主落实: the unit that mainly carries the work out leads
  ['李明副市长牵头,市发改局为主落实', { leaders: ['李明'], leadUnits: ['市发改局'], coUnits: [] }],
  ['市发改局为主,市财政局配合', { leadUnits: ['市发改局'], coUnits: ['市财政局'] }],
  // a comma inside the list before 牵头 stands for 、: every unit listed leads, bare bracket or not
  ['县文旅局,县财政局牵头', { leadUnits: ['县文旅局', '县财政局'], coUnits: [] }, { bareList: true }],
  ['县司法局,县财政局牵头,县民政局配合', { leadUnits: ['县司法局', '县财政局'], coUnits: ['县民政局'] }, { bareList: true }],
  ['市工信委,市财政局配合', { leadUnits: [], coUnits: ['市工信委', '市财政局'] }, { bareList: true }],
  ['市政府办公室、市行政审批制度改革工作领导小组办公室牵头,市级各有关部门及各县市区政府按职责分工负责', { leadUnits: ['市政府办公室', '市行政审批制度改革工作领导小组办公室'] }],
  ['县发改局牵头落实', { leadUnits: ['县发改局'] }],
  ['县发改局牵头推进,县直有关部门配合', { leadUnits: ['县发改局'], coUnits: ['县直有关部门'] }],
  ['市发改委牵头卖力,市直有关部门按职责分工卖力', { leadUnits: ['市发改委'], coUnits: ['市直有关部门'] }],
  ['责任单位;区财政局', { coUnits: ['区财政局'] }],
  ['国土资源部会同农业部等部门负责落实', { leadUnits: ['国土资源部'], coUnits: ['农业部'] }],
  ['市民政局牵头,各县区政府配合,2023年6月底前完成', { leadUnits: ['市民政局'], coUnits: ['各县区政府'], deadline: '2023年6月底前完成' }],
  ['省发展改革委牵头,具体任务均涉及相关市(州)人民政府,不再做分工', { leadUnits: ['省发展改革委'], coUnits: [] }],
  ['以下简称市住建局', null],
  ['含城乡居民医保', null],
  ['力争为企业减负60亿元', null],
  ['2022年', null],
  ['加快推进项目建设,县发改局牵头', null],
  ['责任单位为区发改委', { coUnits: ['区发改委'] }],
  ['牵头单位是市住建局,配合单位为各区政府', { leadUnits: ['市住建局'], coUnits: ['各区政府'] }],
  ['第一责任单位为牵头单位,下同', null],
  ['相关区市县政府、先导区管委会负责,市商务局、市体育局等配合', { leadUnits: ['相关区市县政府', '先导区管委会'], coUnits: ['市商务局', '市体育局'] }],
  ['区发改局、区财政局负责', { leadUnits: [], coUnits: ['区发改局', '区财政局'] }],
  // 按照职责 / 根据职责分工 qualify the verb; they are no part of the last name
  ['市国土资源局、经贸委、环保局按照职责牵头负责', { leadUnits: ['市国土资源局', '经贸委', '环保局'] }],
  ['县住建局、县水利局根据职责分工负责', { coUnits: ['县住建局', '县水利局'] }],
  // qualifiers stack (按职责分工分别负责), and 分工负责 qualifies as 按职责分工负责 does
  ['县交通局、各乡镇按职责分工分别负责', { coUnits: ['县交通局', '各乡镇'] }],
  ['县委办牵头,各成员单位分工负责', { leadUnits: ['县委办'], coUnits: ['各成员单位'] }],
  ['县政府部门中列在首位的为牵头部门,下同', null],
  // more verbs of the same roles: 主责 leads, 抓好落实 / 负总责 / 推动 are responsible, 会同Y after the lead co-operates
  ['县教育局主责,县财政局配合', { leadUnits: ['县教育局'], coUnits: ['县财政局'] }],
  ['市发改委牵头抓总,各地各部门抓好落实', { leadUnits: ['市发改委'], coUnits: ['各地各部门'] }],
  ['市发改委牵头,各县市区政府抓好落实', { leadUnits: ['市发改委'], coUnits: ['各县市区政府'] }],
  ['市发改委牵头,各区县人民政府负总责', { leadUnits: ['市发改委'], coUnits: ['各区县人民政府'] }],
  ['市发改委牵头推动', { leadUnits: ['市发改委'] }],
  ['由市发改委牵头,会同市财政局负责', { leadUnits: ['市发改委'], coUnits: ['市财政局'] }],
  // 会 written short for 会同 between two units; the 会 ending an organ's name (工会, 管委会, 委员会) is none
  ['综合处会办公室', { leadUnits: ['综合处'], coUnits: ['办公室'] }],
  ['县人社局会县财政局负责', { leadUnits: ['县人社局'], coUnits: ['县财政局'] }],
  ['县总工会办公室', null],
  ['县管委会办公室', null],
  ['主办:市发改委;协办:市财政局', { leadUnits: ['市发改委'], coUnits: ['市财政局'] }],
  ['市委组织部、市人社局按职责分工落实', { coUnits: ['市委组织部', '市人社局'] }],
  // a lead named in prose before the keys; 为责任单位 told apart from 为配合单位; a verb of doing after 牵头; 按分工
  ['市发改委牵头;配合单位:市财政局', { leadUnits: ['市发改委'], coUnits: ['市财政局'] }],
  ['市发改委为责任单位,市财政局为配合单位', { leadUnits: ['市发改委'], coUnits: ['市财政局'] }],
  ['市发改委牵头抓好落实', { leadUnits: ['市发改委'], coUnits: [] }],
  ['市环保局牵头,市直有关单位按分工负责', { leadUnits: ['市环保局'], coUnits: ['市直有关单位'] }],
  ['各县区政府负主体责任', { coUnits: ['各县区政府'] }],
  // a bracket closing a clause that says when or remarks on the list; a remark that states the first-is-lead rule
  ['市委组织部牵头,市委编办、市人社局配合(2024年底前)', { leadUnits: ['市委组织部'], coUnits: ['市委编办', '市人社局'], deadline: '2024年底前' }],
  ['市发改委牵头,各县区政府负责(各县区政府均为责任单位,以下不再列出)', { leadUnits: ['市发改委'], coUnits: ['各县区政府'] }],
  ['市发改委牵头,市财政局配合(持续推进)', { leadUnits: ['市发改委'], coUnits: ['市财政局'], deadline: '持续推进' }],
  ['市财政局、市税务局,列第一位的为牵头单位', { coUnits: ['市财政局', '市税务局'], firstIsLead: true }, { bareList: true }],
  ['市财政局、市税务局,排在首位为主办单位', { coUnits: ['市财政局', '市税务局'], firstIsLead: true }, { bareList: true }],
  // a town's 站所 and a county bureau's 股室 are keyed as 科室 are
  ['责任站所:财政所、农业服务中心', { coUnits: ['财政所', '农业服务中心'] }],
  ['牵头股室:办公室;配合股室:财务股', { leadUnits: ['办公室'], coUnits: ['财务股'] }],
  // qualifiers that stand together, or a bare 分工, before the verb
  ['机关党委牵头,省局党的建设领导小组各成员单位分工负责', { leadUnits: ['机关党委'], coUnits: ['省局党的建设领导小组各成员单位'] }],
  ['县政府办公室、县司法局,乡镇人民政府按职责分工分别负责', { coUnits: ['县政府办公室', '县司法局', '乡镇人民政府'] }],
  // names listed with 、 each with its own role word: one group, a piece after a co-operating one co-operates
  ['区建管委负责,各街道(镇)配合、管道燃气企业实施', { leadUnits: ['区建管委'], coUnits: ['各街道(镇)', '管道燃气企业'] }, { bareList: true }],
  ['市发改委牵头、市财政局配合', { leadUnits: ['市发改委'], coUnits: ['市财政局'] }],
  ['市发改委负责、推进项目建设', null],
];

/** [span, is it a remark on progress (written after an assignment block, or opening a progress paragraph)?] */
export const statusRemarkCases: Array<[string, boolean]> = [
  ['该件实事已全面完成', true], ['此项工作已完成', true], ['已完成', true], ['本项目已竣工', true], ['该项工作正在推进', true],
  ['进展顺利', true], ['此项工作序时推进', true], ['该项任务已完成。', true],
  ['各县区政府', false], ['市水务局', false], ['新建农村公路500公里', false], ['完成棚户区改造2836户', false], ['', false],
  ['下同', false], ['首位单位为牵头单位', false],
];
