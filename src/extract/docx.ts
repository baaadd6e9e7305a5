// Placeholder until the docx extractor lands (issue 3).
import { InputError } from '../errors.js';
import type { DocModel } from '../model.js';

export async function extractDocx(_bytes: Buffer): Promise<DocModel> {
  throw new InputError('.docx input is not supported yet');
}
