// One notice read for review: the document (as `parse` gives it) and the extracted source it came from.
import { decode } from '../decode/index.js';
import { InputError } from '../errors.js';
import { extract } from '../extract/index.js';
import { normalize } from '../normalize/index.js';
import { parseBytes } from '../pipeline.js';
import { readInput, type ReadOptions } from '../read.js';
import { reviewModel, type ReviewModel } from './review-model.js';

export async function readForReview(path: string, options: ReadOptions = {}): Promise<ReviewModel> {
  const bytes = await readInput(path, options);
  if (bytes.length === 0) throw new InputError('empty file', path);
  try {
    const notice = await parseBytes(bytes, path, { encoding: options.encoding });
    // The same stages the pipeline runs before segmenting: the lines and rows the positions refer to.
    const doc = await normalize(await extract(decode(bytes, path, options.encoding)));
    return reviewModel(notice, doc.blocks);
  } catch (e) {
    if (e instanceof InputError) throw new InputError(e.message, path);
    throw e;
  }
}
