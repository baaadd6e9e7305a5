import type { Command } from 'commander';
import type { Io } from '../batch/io.js';

export function registerSchema(program: Command, io: Io): void {
  program.command('schema').description('print the JSON Schema of the output (schema version 1)')
    .action(async () => {
      const { noticeJsonSchema } = await import('../schema.js'); // zod loads only for this command
      io.out.write(`${JSON.stringify(noticeJsonSchema(), null, 2)}\n`);
    });
}
