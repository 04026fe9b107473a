/** The edition rule `zone-geometry` (documented on its export). Browser-safe. */
import type { Element } from '@xmldom/xmldom';
import { CORNERS, describeBox, numberOf, pointInside, pointOf, type Box } from '../../tei/coordinates.js';
import type { Severity } from '../diagnostic.js';
import { defineRule, type RuleContext } from '../rule.js';
import { attributeNode, tag, xmlId } from './support.js';

/** A box that regions inside an element must keep to, and whose box it is. */
interface Frame {
  element: Element;
  box: Box | undefined;
  /** The surface whose coordinate system it is. */
  surface: boolean;
}

const X = new Set(['ulx', 'lrx']);

/** `<zone xml:id="z1">`, or `<zone>` when it has no id. */
function named(element: Element): string {
  const id = xmlId(element);
  return id ? `${tag(element).slice(0, -1)} xml:id="${id}">` : tag(element);
}

/**
 * `zone-geometry`: the coordinates of surfaces and zones make sense. `@ulx`, `@uly`, `@lrx`, `@lry` are numbers,
 * the upper-left corner (`ulx`, `uly`) is above and left of the lower-right one (`lrx`, `lry`), a zone lies inside
 * its surface's coordinate box, and `@points` is a list of `x,y` pairs inside the element's own box (or, without
 * one, its surface's).
 *
 * Why: zones are how a line or a note of the text shows its region of the page image; a zone with its corners
 * swapped has no area, and one outside the page crops nothing. These are errors. A zone that reaches outside the
 * zone it is nested in still has a place on the page: a warning. The same checks apply to `line` and `path` (TEI
 * gives them coordinates too). A surface nested in another has a coordinate system of its own, so it is not
 * compared with the outer one. Values that are not numbers are reported here too, so that one rule explains why a
 * region cannot be shown.
 *
 * Example: `<zone ulx="300" uly="20" lrx="100" lry="80"/>` (lrx left of ulx); `<zone lrx="6000" …/>` on a
 * `<surface ulx="0" uly="0" lrx="5406" lry="6876">`; `points="10,10 40;10"`.
 *
 * @example
 * validate(text, { rules: { 'zone-geometry': 'warning' } }) // report it as a warning ('off' to skip it)
 */
export const zoneGeometry = defineRule<null>({
  id: 'zone-geometry',
  description: 'Coordinates of surfaces and zones are ordered (ulx <= lrx, uly <= lry) and inside their surface; @points are x,y pairs.',
  severity: 'error',
  options: null,
  create: (context) => {
    // Open surfaces, zones, lines and paths; the innermost last.
    const frames: Frame[] = [];
    const enter = (element: Element) => {
      const surface = element.localName === 'surface';
      // A surface starts a coordinate system of its own; anything else keeps to the nearest box around it.
      const outer = surface ? undefined : frames[frames.length - 1];
      const own = checkElement(context, element, outer);
      // What lies inside keeps to this element's box, or (without one) to the box around it.
      frames.push(own || !outer ? { element, box: own, surface } : outer);
    };
    const leave = () => void frames.pop();
    return {
      enter: { surface: enter, zone: enter, line: enter, path: enter },
      leave: { surface: leave, zone: leave, line: leave, path: leave },
    };
  },
});

/** Checks one element against `outer` (the box around it, if any); returns its own box when it has a sound one. */
function checkElement(context: RuleContext<null>, element: Element, outer: Frame | undefined): Box | undefined {
  const { report } = context;
  const values: Partial<Box> = {};
  for (const corner of CORNERS) {
    const written = element.getAttribute(corner);
    if (written === null) continue;
    const value = numberOf(written);
    if (value === undefined) report(attributeNode(element, corner), `${named(element)} has ${corner}="${written}", which is not a number`);
    else values[corner] = value;
  }
  const { ulx, uly, lrx, lry } = values;
  let ordered = true;
  if (ulx !== undefined && lrx !== undefined && ulx > lrx) {
    ordered = false;
    report(attributeNode(element, 'lrx'), `${named(element)} has lrx="${lrx}" left of ulx="${ulx}": (ulx, uly) is the upper-left corner, (lrx, lry) the lower-right one`);
  }
  if (uly !== undefined && lry !== undefined && uly > lry) {
    ordered = false;
    report(attributeNode(element, 'lry'), `${named(element)} has lry="${lry}" above uly="${uly}": (ulx, uly) is the upper-left corner, (lrx, lry) the lower-right one`);
  }
  const own = ordered && ulx !== undefined && uly !== undefined && lrx !== undefined && lry !== undefined ? { ulx, uly, lrx, lry } : undefined;

  // Each corner given keeps to the box around the element.
  if (outer?.box) {
    const box = outer.box;
    const outside = CORNERS.filter((corner) => {
      const value = values[corner];
      if (value === undefined) return false;
      return X.has(corner) ? value < box.ulx || value > box.lrx : value < box.uly || value > box.lry;
    });
    const first = outside[0];
    if (first) {
      const given = CORNERS.filter((corner) => values[corner] !== undefined).map((corner) => `${corner} ${values[corner]}`).join(', ');
      report(attributeNode(element, first), `${named(element)} (${given}) reaches outside ${inside(outer)} (${describeBox(box)})`, {
        related: [{ node: outer.element, message: `the ${tag(outer.element)} around it` }],
        ...severityOf(outer),
      });
    }
  }

  const points = element.getAttribute('points');
  if (points !== null && points.trim() !== '') {
    // Points keep to the element's own box when it has one ("within the bounding box specified by the other
    // attributes", TEI says), else to the box around it.
    const frame: Frame | undefined = own ? { element, box: own, surface: element.localName === 'surface' } : outer;
    for (const token of points.trim().split(/\s+/)) {
      const point = pointOf(token);
      if (!point) {
        report(attributeNode(element, 'points'), `${named(element)} has the point "${token}" in @points: a point is two numbers separated by a comma ("120,45")`, { token });
        break;
      }
      if (frame?.box && !pointInside(point, frame.box)) {
        report(attributeNode(element, 'points'), `${named(element)} has the point "${token}" outside ${frame.element === element ? 'its own box' : inside(frame)} (${describeBox(frame.box)})`, {
          token,
          ...(frame.element === element ? {} : severityOf(frame)),
        });
        break;
      }
    }
  }
  return own;
}

/** `its <surface>`, or `the <zone xml:id="z1"> it is in`. */
function inside(frame: Frame): string {
  return frame.surface ? `its ${tag(frame.element)}` : `the ${named(frame.element)} it is in`;
}

/** Outside the surface: an error (the rule's severity); outside an enclosing zone only: a warning. */
function severityOf(frame: Frame): { severity?: Severity } {
  return frame.surface ? {} : { severity: 'warning' };
}
