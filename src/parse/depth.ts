/**
 * How deeply a document's elements nest, and where the deepest one is: for reporting documents too deep for a
 * recursive consumer (SaxonJS's parser and templates recurse per level) at a position, not as a stack overflow.
 * Browser-safe; uses the streaming reader, so it does not recurse itself.
 */
import { LineIndex } from '../validate/relaxng/xml/lineIndex.js';
import { readXml } from '../validate/relaxng/xml/reader.js';

/**
 * The maximum element depth (the root is 1) and the 1-based position of the first element at that depth.
 *
 * @example
 * deepestElement('<a><b/></a>') // { depth: 2, line: 1, column: 4 }
 */
export function deepestElement(text: string): { depth: number; line: number; column: number } {
  let depth = 0;
  let deepest = { depth: 0, offset: 0 };
  try {
    readXml(text, {
      startElement(tag) {
        if (++depth > deepest.depth) deepest = { depth, offset: tag.start };
      },
      endElement() {
        depth--;
      },
      text() {},
    });
  } catch {
    // Not well-formed: the depth reached so far is the answer; the parser reports the rest.
  }
  return { depth: deepest.depth, ...new LineIndex(text).position(deepest.offset) };
}
