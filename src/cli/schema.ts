import type { Command } from 'commander';
import { noticeJsonSchema } from '../schema.js';

export function registerSchema(program: Command): void {
  program.command('schema').description('print the JSON Schema of the output (schema version 1)')
    .action(() => { process.stdout.write(`${JSON.stringify(noticeJsonSchema(), null, 2)}\n`); });
}
