/** The edition rule `header-source` (documented on its export). Browser-safe. */
import type { Element } from '@xmldom/xmldom';
import { defineRule } from '../rule.js';
import { childElements, isTeiElement, listOf } from './support.js';

/**
 * `header-source`: a manuscript or archival source described in the header (`msDesc`) is identified: its
 * `msIdentifier` names the holding institution (`repository`) and the shelfmark (`idno`).
 *
 * Why: the repository and shelfmark are how anyone finds the original again and how catalogues cite it. A header
 * without `msDesc` (a born-digital or printed source) is not checked.
 *
 * Example: `<msIdentifier><settlement>Moscow</settlement></msIdentifier>` (no repository, no idno).
 *
 * @example
 * validate(text, { rules: { 'header-source': 'warning' } }) // report it as a warning ('off' to skip it)
 */
export const headerSource = defineRule<null>({
  id: 'header-source',
  description: 'A described manuscript (msDesc) names its repository and shelfmark (idno) in msIdentifier.',
  severity: 'warning',
  options: null,
  create: ({ report }) => {
    const check = (msIdentifier: Element) => {
      const children = childElements(msIdentifier);
      const missing: string[] = [];
      if (!children.some((c) => isTeiElement(c, 'repository') || isTeiElement(c, 'institution'))) missing.push('<repository>');
      if (!children.some((c) => isTeiElement(c, 'idno') || (isTeiElement(c, 'altIdentifier') && childElements(c).some((i) => isTeiElement(i, 'idno'))))) {
        missing.push('<idno> (the shelfmark)');
      }
      if (missing.length) report(msIdentifier, `<msIdentifier> does not identify the source: add ${listOf(missing)}`);
    };
    return {
      enter: {
        msIdentifier(element, state) {
          if (state.inside('msDesc') && !state.inside('msPart') && !state.inside('msFrag')) check(element);
        },
      },
    };
  },
});
