// Data the recognizers read: what the parts of an organ's name, a person's name and an assignment
// clause are. A new wording is a new entry here (and a case in the recognizer's cases file).

/** Endings of organ names, longest first where one ends another (管委会 before 会). */
/** Characters a published copy puts where it hides a name or part of one (***, ×××, ****分局, 县**局): a run of
 * two or more is a mask, one alone is a flag (*区城管局) or a sign (2×1000MW). */
export const MASK_CHARS = '[*＊×]';
export const MASK_RUN = new RegExp(`${MASK_CHARS}{2,}`, 'u');

export const ORGAN_SUFFIXES = [
  '管理委员会', '管委会', '委员会', '领导小组办公室', '领导小组', '工作小组', '工作组', '办公厅', '办公室', '办事处', '指挥部',
  '联席会议', '专班', '工作专班', '服务中心', '中心', '集团公司', '集团', '公司', '有限公司', '街道办事处', '街道办', '街道', '街办',
  '开发区', '高新区', '新区', '园区', '工业园', '产业园', '示范区', '试验区', '合作区', '保税区', '景区', '风景区', '度假区', '农场', '林场',
  '分局', '支队', '大队', '中队', '总队', '监狱', '医院', '学校', '大学', '学院', '银行', '法院', '检察院', '海关', '边检站',
  '电视台', '报社', '人大', '政协', '党委', '党组', '工委', '纪委', '监委', '县委', '市委', '区委', '省委', '政府', '人民政府',
  '总工会', '工会', '妇联', '残联', '侨联', '文联', '科协', '社科联', '工商联', '红十字会', '团委', '供销社', '联社', '合作社',
  '社区', '村委会', '居委会', '管理处', '管理局', '管理所', '管理站', '事务所', '研究院', '研究所', '研究中心', '协会', '商会', '学会',
  '局', '委', '办', '厅', '部', '署', '院', '所', '站', '队', '会', '社', '处', '室', '科', '股', '行', '校', '馆', '团', '组', '司',
  '庭', '联', '镇', '乡', '村', '场', '厂', '台', '港', '区', '县', '市', '州', '旗', '盟', '省', '中央', '宫', '园', '营',
  // 段 names an organ only as a line's maintenance section (公路段, 工务段); a road's section (816东路(连江一中段),
  // 高速口至大桥段) is a place
  '公路段', '养路段', '养护段', '管理段', '工务段', '电务段', '车务段', '机务段', '供电段', '航道段',
] as const;

/** Collective names that stand for organs: 各有关部门, 相关单位, 各镇(街道), 成员单位. */
export const GROUP_ENDINGS = [
  '有关部门', '相关部门', '各部门', '有关单位', '相关单位', '各单位', '成员单位', '部门', '单位', '各地', '各级', '各镇', '各乡',
  '镇街', '乡镇', '各街道', '街道板块', '各板块', '板块', '各县', '各市', '各区', '各园区', '各开发区', '地区',
  // (the enterprises of a trade that carry a task out: 管道燃气企业, 供电企业, 各通信企业; not a class of them
  // that tasks aim at, ENTERPRISE_TARGETS)
  '企业',
] as const;

/** Classes of enterprises that tasks count and foster (新增规上企业30家, 培育专精特新企业): targets, no collective that acts. */
export const ENTERPRISE_TARGETS = /(?:规上|规模以上|限上|限额以上|中小|小微|微型|龙头|高新技术|科技型|专精特新|民营|外资|外贸|外商投资|上市|拟上市|骨干|重点|工业|服务业|制造业|瞪羚|独角兽)企业$/u;

/** Kinds of place with no name (社区, 村, 街道): alone in a bracket they gloss the word before them (示范村(社区)),
 * while an office's ending alone (办公室, 综合科) or a collective (各镇, 有关部门) still names who acts. */
export const PLACE_KINDS = ['社区', '村', '镇', '乡', '街道', '村委会', '居委会', '区', '县', '市'] as const;

/** Place levels that open an organ's name: 省发改委, 市财政局, 区住建局, 县水务局, 镇政府. */
export const PLACE_PREFIXES = ['省', '市', '县', '区', '镇', '乡', '街道', '州', '旗', '盟', '各', '全', '国家', '国务院', '中央', '自治区'] as const;

/** Titles of office that turn a name into a leader: 王丹县长, 副市长张三, 分管副市长. */
export const LEADER_TITLES = [
  '常务副省长', '常务副市长', '常务副县长', '常务副区长', '常务副州长', '常务副主任', '副省长', '副市长', '副县长', '副区长', '副州长',
  '副旗长', '副镇长', '副乡长', '副主席', '副书记', '副主任', '副秘书长', '副局长', '副部长', '副组长', '副调研员',
  '省长', '市长', '县长', '区长', '州长', '旗长', '盟长', '镇长', '乡长', '主席', '书记', '主任', '秘书长', '局长', '部长', '组长',
  '调研员', '巡视员', '督导员', '委员', '党组成员', '党组书记', '同志', '领导同志', '领导', '负责人', '负责同志',
] as const;

/**
 * Single-character surnames (the 400 commonest, covering well over 95% of people) and compound ones.
 * A person's name in a notice is a surname and one or two given characters.
 */
export const SURNAMES = new Set([...(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'
  + '常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝'
  + '官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由'
)]);
export const COMPOUND_SURNAMES = ['欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯', '令狐', '端木', '西门', '南宫', '独孤', '万俟', '呼延', '申屠', '轩辕', '拓跋', '百里', '第五'] as const;

/**
 * Role words of an assignment clause, by the role they give the names before them.
 * `卖力` / `承担` stand in for 负责 on mirror pages that rewrite words.
 */
export const LEAD_VERBS = ['牵头负责', '牵头落实', '牵头推进', '牵头推动', '牵头实施', '牵头办理', '牵头卖力', '牵头抓总', '牵头组织', '牵头', '主办', '主责', '主抓', '抓总', '总牵头', '为主'] as const;
export const CO_VERBS = ['配合', '协办', '参与', '协助', '协同', '参加', '会办', '协作', '配合落实', '共同推进', '共同落实'] as const;
export const RESPONSIBLE_VERBS = ['负责落实', '负责推进', '负责实施', '负责办理', '负责', '负总责', '负主体责任', '落实属地责任', '履行属地责任', '落实', '抓好落实', '抓落实', '卖力', '承担', '承办', '实施', '组织实施', '推进', '推动', '推动落实', '办理'] as const;
/** Qualifiers between the names and the verb: 按职责分工负责, 分别牵头, 共同负责. */
export const VERB_QUALIFIERS = ['按职责分工', '按照职责分工', '按职能分工', '按职责', '按照职责', '根据职责分工', '根据职责', '依职责', '按分工', '按照分工', '分工', '各自', '分别', '共同', '积极', '具体', '统筹'] as const;
/** The qualifiers as a regex part: they may stand together (按职责分工分别负责, 分工负责). */
export const QUALIFIER_RUN = `(?:${[...VERB_QUALIFIERS].sort((a, b) => b.length - a.length).join('|')})*`;

/**
 * Remarks that stand inside an assignment but name no one: a note on the list, not a unit.
 * (下同 / 首位… rules are read by FIRST_IS_LEAD before they are dropped.)
 */
export const REMARK_PATTERNS: RegExp[] = [
  /不(?:再|逐一|一一)(?:做|作|单独|逐一|一一|重复)?(?:分工|列出|列明|标注|注明)/u,
  /^明确(?:了)?牵头(?:部门|单位)的/u,
  /^其他(?:有关|相关)?(?:部门|单位)(?:和单位)?(?:按职责分工|按职责)?(?:负责|配合|落实)$/u,
  /以下[^,,;;]{0,12}(?:不再|同此|同上|均为)/u,
  /下同$|同上$|^下同|^同上/u,
  /(?:首位|第一位|第一个|排名第一|列第一|排在首位|排在第一|列在首位|列在第一|第一(?:责任|主责)?(?:单位|部门))[^,,;;::]{0,14}(?:牵头|主办|汇总)/u,
  /^具体(?:任务|工作)[^,,;;]{0,20}(?:涉及|由)/u,
  /^(?:涉及|均涉及)[^,,;;]{0,24}(?:政府|单位|部门)/u,
  /^(?:注|备注|说明)[::]/u,
];
/** Per REMARK_PATTERNS entry, words one of which it needs (exact pre-checks: most clauses hold none). */
export const REMARK_NEEDS: string[][] = [['不'], ['明确'], ['其他'], ['以下'], ['下同', '同上'], ['首位', '第一'], ['具体'], ['涉及'], ['注', '说明']];

/** Words that show a span is running text, not a name: verbs of doing and measures. */
export const ACTION_WORDS = /(推进|推动|加快|加强|完善|建立|健全|实施|开展|落实|完成|提升|提高|实现|确保|促进|深化|强化|持续|全面|积极|支持|鼓励|引导|打造|建设|培育|争取|组织|做好|抓好|新建|改造|增长|达到|控制|力争|不低于|以上|左右|万元|亿元)/u;

/**
 * Bodies of organs' names as notices write them without a place before them (发改局, 教育局, 人社局, 经委):
 * the subject an organ is in charge of, one word, full or short. A bare name is one body and one organ
 * ending (BARE_ORGAN_ENDINGS), nothing else, so that a sentence's last word (…推进教育) is never a body run
 * into the name after it (教育|财政局 stays two, 教育财政局 is no bare name).
 */
export const ORGAN_BODIES = [
  '发改', '发展改革', '发展和改革', '经信', '经济和信息化', '经济信息化', '工信', '工业和信息化', '工业信息化', '经贸', '经济', '经',
  '商务', '教育', '教体', '教育体育', '教科', '科技', '科学技术', '公安', '民政', '司法', '财政', '人社', '人力资源和社会保障',
  '人力资源社会保障', '人事', '劳动保障', '自然资源', '自然资源和规划', '国土', '国土资源', '规划', '生态环境', '环保', '环境保护',
  '住建', '住房和城乡建设', '住房城乡建设', '建设', '城建', '房管', '房产', '交通', '交通运输', '水利', '水务', '农业', '农业农村',
  '农林', '农林水务', '农', '林业', '畜牧', '农机', '文旅', '文化和旅游', '文化旅游', '文广旅', '文化', '文广', '文广新', '文体',
  '文体广新', '旅游', '体育', '卫健', '卫生健康', '卫生', '卫计', '卫生和计划生育', '计生', '人口计生', '退役军人事务', '应急',
  '应急管理', '安监', '审计', '国资', '市场监管', '市场监督管理', '工商', '质监', '食药监', '物价', '统计', '医保', '医疗保障',
  '城管', '城市管理', '综合执法', '信访', '税务', '国税', '地税', '金融', '金融工作', '投促', '投资促进', '招商', '粮食', '人防',
  '气象', '档案', '民宗', '民族宗教', '外事', '侨务', '编', '网信', '政研', '政策研究', '行政审批', '数据', '大数据', '政务服务',
  '机关事务', '扶贫', '乡村振兴', '移民', '消防', '组织', '宣传', '统战', '政法', '纪', '法制', '督查', '保密', '口岸', '邮政',
] as const;
/** The endings a bare name takes after its body (教育局, 经委, 人防办, 公安分局, 宣传部, 政务服务中心). */
export const BARE_ORGAN_ENDINGS = ['局', '分局', '委', '委员会', '办', '办公室', '厅', '中心', '服务中心', '处', '科', '司', '部', '站', '所', '社'] as const;
/** Mass organs, party bodies and an organ's own office written bare: 残联, 妇联, 团县委, 办公室. */
export const BARE_ORGANS = /^(?:办公室|残联|妇联|侨联|文联|科协|工商联|总工会|红十字会|供销社|团[省市县区州旗]?委)$/u;
