import type { Command } from 'commander';

export function registerSchema(program: Command): void {
  program.command('schema').description('print the JSON Schema of the output (schema version 1)')
    .action(async () => {
      const { noticeJsonSchema } = await import('../schema.js'); // zod loads only for this command
      process.stdout.write(`${JSON.stringify(noticeJsonSchema(), null, 2)}\n`);
    });
}
