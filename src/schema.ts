// The output contract (SCHEMA.md, version 1). Types and schemas/notice.schema.json derive from here.
import { z } from 'zod';

export const Position = z.object({ line: z.number().int().min(1), column: z.number().int().min(1) });

export const Section = z.object({
  marker: z.string().nullable().describe('the heading marker as printed, e.g. "二" or "(一)"; null when unmarked'),
  title: z.string().describe('heading text without its marker'),
});

export const Milestone = z.object({
  date: z.string().describe('yyyy-mm-dd: the last day the clause names'),
  text: z.string().describe('the dated clause of the task text, e.g. "6月底前完成招标"'),
});

export const Target = z.object({
  indicator: z.string().nullable().describe('what is measured, e.g. "地区生产总值"'),
  change: z.string().nullable().describe('the verb before the value as written: 增长, 下降, 达到, 控制在, 新增, 完成 …'),
  value: z.number(),
  max: z.number().nullable().describe('the upper end of a range (6%—7%), else null'),
  unit: z.string().describe('as written: %, ‰, 个百分点, 亿元, 万人, 平方公里, 个, 家 …'),
  qualifier: z.string().nullable().describe('以上, 左右, 以内, 不低于, 不少于 …'),
  span: z.object({ start: z.number().int().min(0), end: z.number().int().min(0) })
    .describe('offsets into the task text (end exclusive): text.slice(start, end) is the target as written'),
  text: z.string(),
});

export const UnitEntry = z.object({
  name: z.string().describe('the fullest prefixed spelling the notice uses'),
  aliases: z.array(z.string()).describe('every spelling of this organ in the notice, in order of first use'),
  lead: z.array(z.string()).describe('ids of the tasks it leads (leadUnits)'),
  co: z.array(z.string()).describe('ids of the tasks it shares (coUnits)'),
});

export const Task = z.object({
  id: z.string().describe('unique within the document, stable for the same input'),
  number: z.string().nullable().describe('the label as printed, without its trailing 、 . .'),
  sections: z.array(Section).describe('enclosing headings, outermost first'),
  title: z.string().nullable().describe("a task's own name, when it has one"),
  text: z.string().describe('the task body only'),
  leaders: z.array(z.string()),
  leadUnits: z.array(z.string()),
  coUnits: z.array(z.string()),
  deadline: z.string().nullable(),
  due: z.string().nullable().optional().describe('yyyy-mm-dd: the last day the deadline names, with the document year; null when it names none'),
  dueKind: z.enum(['date', 'ongoing', 'unparsed']).nullable().optional()
    .describe('date: due is set; ongoing: 每季度, 长期坚持, 持续推进; unparsed: wording with no readable day; null: no deadline'),
  milestones: z.array(Milestone).optional().describe('dated clauses of a task with no deadline field'),
  targets: z.array(Target).optional().describe('quantitative targets in the task text'),
  span: z.object({ start: Position, end: Position }),
  parser: z.string().optional().describe('id of the format plugin that produced the task'),
});

export const Severity = z.enum(['error', 'warning', 'info']);

export const Message = z.object({
  severity: Severity,
  rule: z.string(),
  taskId: z.string().nullable().optional(),
  field: z.string().nullable().optional(),
  line: z.number().int().min(1).nullable(),
  column: z.number().int().min(1).nullable(),
  message: z.string(),
});

export const FieldCount = z.object({ expected: z.number().int().min(0), found: z.number().int().min(0) });


export const Notice = z.object({
  schemaVersion: z.literal(1),
  source: z.object({
    path: z.string(),
    sha256: z.string(),
    bytes: z.number().int().min(0),
    encoding: z.string(),
    format: z.string().describe('text | html | docx | doc (also .wps) | rtf | xlsx | xls (also .et) | pdf | ofd'),
    script: z.enum(['simplified', 'traditional']),
  }),
  document: z.object({
    kind: z.enum(['task-list', 'other']),
    title: z.string().nullable(),
    docNumber: z.string().nullable(),
    issuer: z.string().nullable(),
    date: z.string().nullable().describe('成文日期, ISO yyyy-mm-dd'),
    year: z.number().int().nullable(),
    units: z.array(UnitEntry).optional().describe('one entry per organ named in leadUnits/coUnits, its spellings and its tasks'),
  }),
  tasks: z.array(Task),
  report: z.object({
    parsers: z.array(z.string()),
    messages: z.array(Message),
    fields: z.record(z.string(), FieldCount),
  }),
});

export type Notice = z.infer<typeof Notice>;
export type Task = z.infer<typeof Task>;
export type Message = z.infer<typeof Message>;
export type Section = z.infer<typeof Section>;
export type DocumentInfo = Notice['document'];
export type Target = z.infer<typeof Target>;
export type Milestone = z.infer<typeof Milestone>;
export type UnitEntry = z.infer<typeof UnitEntry>;

export function noticeJsonSchema(): unknown {
  return z.toJSONSchema(Notice, { target: 'draft-2020-12' });
}
