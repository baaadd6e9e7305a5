// The output contract (SCHEMA.md, version 1). Types and schemas/notice.schema.json derive from here.
import { z } from 'zod';

export const Position = z.object({ line: z.number().int().min(1), column: z.number().int().min(1) });

export const Section = z.object({
  marker: z.string().nullable().describe('the heading marker as printed, e.g. "二" or "(一)"; null when unmarked'),
  title: z.string().describe('heading text without its marker'),
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

export function noticeJsonSchema(): unknown {
  return z.toJSONSchema(Notice, { target: 'draft-2020-12' });
}
