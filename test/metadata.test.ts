// The document block: title, 文号, issuer, 成文日期 and year, from labels, signature and title lines.
import { describe, expect, it } from 'vitest';
import { extractDocument, isoDate } from '../src/metadata/index.js';

const doc = (text: string, meta: Record<string, string> = {}) => extractDocument(text.split('\n'), meta, true);

describe('document metadata', () => {
  it('reads the signature before the date line, skipping blank lines', () => {
    const d = doc('某某区人民政府关于印发2022年重点任务的通知\n海政发〔2022〕1号\n各单位:\n现印发给你们。\n海州区人民政府\n\n2022年1月28日\n');
    expect(d).toMatchObject({ title: '某某区人民政府关于印发2022年重点任务的通知', docNumber: '海政发〔2022〕1号', issuer: '海州区人民政府', date: '2022-01-28', year: 2022 });
  });
  it('prefers labelled fields of an information-disclosure header', () => {
    const d = doc('标 题: 国务院办公厅关于落实有关政策措施分工的通知\n发文字号: 国办函〔2014〕31号\n发文机关: 国务院办公厅\n成文日期: 2014年02月23日\n');
    expect(d).toMatchObject({ title: '国务院办公厅关于落实有关政策措施分工的通知', docNumber: '国办函〔2014〕31号', issuer: '国务院办公厅', date: '2014-02-23', year: 2014 });
  });
  it('joins a title broken over lines', () => {
    expect(doc('广东省人民政府关于印发2021年\n省《政府工作报告》重点任务\n分工方案的通知\n').title).toBe('广东省人民政府关于印发2021年省《政府工作报告》重点任务分工方案的通知');
  });
  it('never takes a 文号 cited in running text', () => {
    expect(doc('根据《关于印发若干措施的通知》(昆政发〔2016〕13号),制定如下措施。\n').docNumber).toBeNull();
  });
  it('joins a title broken over lines while a 《 is left open', () => {
    expect(doc('县人民政府关于印发《2023年政府工作报告\n重点任务分解方案》的通知\n各乡镇:\n').title).toBe('县人民政府关于印发《2023年政府工作报告重点任务分解方案》的通知');
  });
  it('takes the page\'s own first line as title when there is no 关于 title, site name cut off', () => {
    expect(doc('《政府工作报告》重点工作部门分工的意见-湖南省人民政府门户网站\n正文\n').title).toBe('《政府工作报告》重点工作部门分工的意见');
    expect(doc('序号项目名称项目内容当前进展情况进度评价主办单位\n').title).toBeNull();
  });
  it('a title whose place opens with a numeral (六安市) is still a title; joint organs above a 关于 line open it', () => {
    expect(doc('六安市人民政府关于印发2006年重点工作安排的通知\n六安市人民政府2006年重点工作安排\n').title).toBe('六安市人民政府关于印发2006年重点工作安排的通知');
    expect(doc('农业农村部 最高人民法院\n工业和信息化部 公安部\n关于印发《2024年农资打假工作要点》的通知\n')).toMatchObject({ title: '农业农村部最高人民法院工业和信息化部公安部关于印发《2024年农资打假工作要点》的通知', issuer: '农业农村部' });
  });
  it('a news dateline is no title; 【发布部门】 names the issuer', () => {
    expect(doc('新华网北京3月16日电\n正文\n').title).toBeNull();
    expect(doc('【发布部门】 安徽省六安市人民政府\n').issuer).toBe('安徽省六安市人民政府');
  });
  it('breadcrumbs and a news lead are no title; a 《》-wrapped title after its 文号 is unwrapped; a range is for its first year', () => {
    expect(doc('>>专题专栏>>归档专题>>2023市政府重点工作\n正文\n').title).toBeNull();
    expect(doc('新安晚报安徽网大皖新闻讯 据安徽省人民政府网消息,近日发布通知\n').title).toBeNull();
    expect(doc('成办发〔2019〕5号《成都市人民政府办公厅关于印发责任分解方案的通知》\n').title).toBe('成都市人民政府办公厅关于印发责任分解方案的通知');
    expect(doc('潮州市打赢蓝天保卫战实施方案(2019-2020年)\n').year).toBe(2019);
  });
  it('a publication date is not the 成文日期', () => {
    expect(doc('发布日期:2024-04-02 15:35 点击量:10\n').date).toBeNull();
  });
  it('no single part title when the letter hands out several documents', () => {
    expect(doc('《2020年政府工作报告主要工作责任分解》和《2020年民生实事项目责任分解》已经研究通过,现印发给你们。\n2020年政府工作报告主要工作责任分解\n').title).toBeNull();
  });
  it('takes the year from the 文号 when the title has none', () => {
    expect(doc('东府〔2021〕54号\n东莞市人民政府关于贯彻落实就业政策措施的实施意见\n')).toMatchObject({ year: 2021, issuer: '东莞市人民政府' });
  });
  it('uses metadata found outside the body (HTML meta) when the text has none', () => {
    expect(doc('正文\n', { title: '某县关于印发任务分工的通知', date: '2023-05-06' })).toMatchObject({ title: '某县关于印发任务分工的通知', date: '2023-05-06' });
  });
  it('reads a signature and its date on one line, never the 印发 line', () => {
    expect(doc('关于某事的通知\n各单位:\n海州区人民政府      2022年1月28日\n海州区人民政府办公室   2022年1月29日印发\n'))
      .toMatchObject({ issuer: '海州区人民政府', date: '2022-01-28' });
  });
  it('reads dates in Chinese numerals', () => {
    expect(isoDate('二〇二三年三月十七日')).toBe('2023-03-17');
    expect(isoDate('2023年3月7日')).toBe('2023-03-07');
  });
});
