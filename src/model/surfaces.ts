/**
 * The surfaces of an edition (the pages of a `facsimile` or of an embedded transcription, `sourceDoc`), as data:
 * label, image, coordinates, zones, and what the text links to each. One iterative walk. Browser-safe.
 */
import { TEI_NS } from '../parse/prolog.js';
import { rootElement, type Edition } from './edition.js';
import type { ElementNode, TeiDocument } from './nodes.js';
import { teiChild, teiChildren } from './select.js';
import { normalizedText, walkElements } from './traverse.js';
import { boundingBox, CORNERS, numberOf, pointsOf, type Box } from '../tei/coordinates.js';

export type { Box } from '../tei/coordinates.js';

/**
 * What the coordinate attributes of a surface or zone say (TEI's att.coordinated), as numbers. A value that is
 * not a number is left out (the rule `zone-geometry` reports it).
 *
 * @example
 * const zone: Coordinates = { ulx: 10, uly: 20, lrx: 300, lry: 80, bounds: { ulx: 10, uly: 20, lrx: 300, lry: 80 } }
 * const polygon: Coordinates = { points: [[0, 0], [40, 0], [40, 10]], bounds: { ulx: 0, uly: 0, lrx: 40, lry: 10 } }
 */
export interface Coordinates {
  ulx?: number;
  uly?: number;
  lrx?: number;
  lry?: number;
  /** `@points`, each `x,y` pair a point; absent when the attribute is absent or not a list of pairs of numbers. */
  points?: Array<[number, number]>;
  /** The region: the four coordinates when all are numbers, else the bounding box of `points`. */
  bounds?: Box;
}

/**
 * A surface's image: the first `graphic` child with a `@url`.
 *
 * @example
 * const image: SurfaceImage = { url: 'https://iiif.example.org/page1', graphic, width: 5406, height: 6876, sizeFrom: 'surface' }
 */
export interface SurfaceImage {
  /** `@url` as written (`xml:base` is not applied). */
  url: string;
  /** The `graphic` element (the model's own node). */
  graphic: ElementNode;
  /**
   * In pixels: the graphic's `@width`/`@height` when both are pixels (`1200px`), else the size of the surface's
   * coordinate box (when its corners are ordered).
   */
  width?: number;
  height?: number;
  /** Where `width` and `height` come from. */
  sizeFrom?: 'graphic' | 'surface';
}

/**
 * What links to a surface or zone, and the transcription inside it.
 *
 * @example
 * const linked: FacsimileLinks = { linked: [pbElement], lines: [] }
 */
export interface FacsimileLinks {
  /**
   * Elements whose `@facs` names it (`#id`, one token among several is enough), or names its own `graphic` child,
   * in document order. In a `teiCorpus` a pointer names an element of its own member first.
   */
  linked: ElementNode[];
  /** The `line` elements inside it (in its zones too, not in a surface nested in it), in document order. */
  lines: ElementNode[];
}

/**
 * A `zone` of a surface, with the zones inside it.
 *
 * @example
 * const zone: ZoneView = { element, id: 'z1', type: 'main', ulx: 10, uly: 20, lrx: 300, lry: 80, zones: [], linked: [], lines: [] }
 */
export interface ZoneView extends Coordinates, FacsimileLinks {
  /** The `zone` element (the model's own node). */
  element: ElementNode;
  id?: string;
  type?: string;
  /** `@rotate`, in degrees clockwise. */
  rotate?: number;
  zones: ZoneView[];
}

/**
 * A `surface`: a page, or a side of an object, and its zones.
 *
 * @example
 * const page: SurfaceView = { element, id: 'p1', label: '1r', zones: [], linked: [], lines: [] }
 */
export interface SurfaceView extends Coordinates, FacsimileLinks {
  /** The `surface` element (the model's own node). */
  element: ElementNode;
  id?: string;
  /** `@n`, else the text of its `label` child, else of its `desc` child, else its `xml:id`. */
  label?: string;
  image?: SurfaceImage;
  /** Its `zone` children, each with the zones inside it. */
  zones: ZoneView[];
}

/**
 * Every `surface` of the edition, in document order: those of a `facsimile`, of a `sourceDoc`, and of a fragment
 * whose root is a `surface` or `surfaceGrp` (corpus members included). A surface nested in another is listed after
 * it, with its own zones and lines. Computed when called: it sees the tree as it is now.
 *
 * @example
 * const pages = surfaces(readEdition(text))
 * pages.map((s) => [s.label, s.image?.url, s.zones.length]) // [['1r', 'https://…/page1', 2], …]
 * pages[0]!.linked.map((e) => e.name)                      // ['pb']: the page break that points at it (facs="#page1")
 */
export function surfaces(edition: Edition | TeiDocument): SurfaceView[] {
  const found: SurfaceView[] = [];
  // Targets a @facs may name (surfaces, zones and their graphics), and the pointers, each with its TEI member.
  const targets = new Map<string, Array<{ member: number; view: FacsimileLinks }>>();
  const pointers: Array<{ member: number; id: string; element: ElementNode }> = [];
  // Open surfaces and zones, innermost last; `members` is the stack of open TEI members.
  const open: Array<SurfaceView | ZoneView> = [];
  const members: number[] = [];
  let nextMember = 0;
  let member = -1;

  const addTarget = (id: string | undefined, view: FacsimileLinks) => {
    if (id === undefined) return;
    const list = targets.get(id);
    if (list) list.push({ member, view });
    else targets.set(id, [{ member, view }]);
  };

  walkElements(rootElement(edition), {
    enter(element) {
      const facs = element.attributes.facs;
      if (facs !== undefined) {
        for (const token of facs.trim().split(/\s+/)) {
          if (token.length > 1 && token[0] === '#') pointers.push({ member, id: token.slice(1), element });
        }
      }
      if (element.namespace !== TEI_NS) return;
      switch (element.name) {
        case 'TEI':
          members.push(member);
          member = nextMember++;
          break;
        case 'surface': {
          const view = surfaceView(element);
          found.push(view);
          open.push(view);
          addTarget(view.id, view);
          if (view.image) addTarget(view.image.graphic.attributes['xml:id'], view);
          break;
        }
        case 'zone': {
          const view = zoneView(element);
          const parent = open[open.length - 1];
          // A zone outside any surface (the root of a fragment) has no page to belong to.
          if (parent) parent.zones.push(view);
          open.push(view);
          addTarget(view.id, view);
          const graphic = teiChild(element, 'graphic');
          if (graphic) addTarget(graphic.attributes['xml:id'], view);
          break;
        }
        case 'line':
          // The line belongs to the innermost surface and to every zone of it that is open.
          for (let i = open.length - 1; i >= 0; i--) {
            const view = open[i]!;
            view.lines.push(element);
            if (view.element.name === 'surface') break;
          }
          break;
      }
    },
    leave(element) {
      if (element.namespace !== TEI_NS) return;
      if (element.name === 'TEI') member = members.pop() ?? -1;
      else if ((element.name === 'surface' || element.name === 'zone') && open[open.length - 1]?.element === element) open.pop();
    },
  });

  for (const pointer of pointers) {
    const candidates = targets.get(pointer.id);
    if (!candidates) continue;
    const target = candidates.find((c) => c.member === pointer.member) ?? candidates[0]!;
    // A pointer that names both a surface and its graphic links once.
    const linked = target.view.linked;
    if (linked[linked.length - 1] !== pointer.element) linked.push(pointer.element);
  }
  return found;
}

function surfaceView(element: ElementNode): SurfaceView {
  const view: SurfaceView = { element, zones: [], linked: [], lines: [] };
  const id = element.attributes['xml:id'];
  if (id !== undefined) view.id = id;
  const label = labelOf(element) ?? id;
  if (label) view.label = label;
  Object.assign(view, coordinatesOf(element));
  const graphic = teiChildren(element, 'graphic').find((g) => (g.attributes.url ?? '').trim() !== '');
  if (graphic) view.image = imageOf(graphic, view.bounds);
  return view;
}

function zoneView(element: ElementNode): ZoneView {
  const view: ZoneView = { element, zones: [], linked: [], lines: [] };
  const { 'xml:id': id, type, rotate } = element.attributes;
  if (id !== undefined) view.id = id;
  if (type !== undefined) view.type = type;
  Object.assign(view, coordinatesOf(element));
  const degrees = numberOf(rotate);
  if (degrees !== undefined) view.rotate = degrees;
  return view;
}

function labelOf(surface: ElementNode): string | undefined {
  const n = surface.attributes.n?.trim();
  if (n) return n;
  for (const name of ['label', 'desc']) {
    const child = teiChild(surface, name);
    const text = child ? normalizedText(child) : '';
    if (text) return text;
  }
  return undefined;
}

/** `1200px` or `1200` as pixels; other units (`cm`, `in`, `%`...) give undefined. */
function pixels(value: string | undefined): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(?:px)?\s*$/.exec(value ?? '');
  return match ? Number(match[1]) : undefined;
}

function imageOf(graphic: ElementNode, bounds: Box | undefined): SurfaceImage {
  const image: SurfaceImage = { url: graphic.attributes.url!.trim(), graphic };
  const width = pixels(graphic.attributes.width);
  const height = pixels(graphic.attributes.height);
  if (width !== undefined && height !== undefined) Object.assign(image, { width, height, sizeFrom: 'graphic' });
  else if (bounds && bounds.lrx > bounds.ulx && bounds.lry > bounds.uly) Object.assign(image, { width: bounds.lrx - bounds.ulx, height: bounds.lry - bounds.uly, sizeFrom: 'surface' });
  return image;
}

/**
 * The coordinates of a surface or zone (att.coordinated), as numbers.
 *
 * @example
 * coordinatesOf(zone) // { ulx: 10, uly: 20, lrx: 300, lry: 80, bounds: { ulx: 10, uly: 20, lrx: 300, lry: 80 } }
 */
function coordinatesOf(element: ElementNode): Coordinates {
  const coordinates: Coordinates = {};
  for (const name of CORNERS) {
    const value = numberOf(element.attributes[name]);
    if (value !== undefined) coordinates[name] = value;
  }
  const points = pointsOf(element.attributes.points);
  if (points) coordinates.points = points;
  const { ulx, uly, lrx, lry } = coordinates;
  if (ulx !== undefined && uly !== undefined && lrx !== undefined && lry !== undefined) coordinates.bounds = { ulx, uly, lrx, lry };
  else if (points) coordinates.bounds = boundingBox(points);
  return coordinates;
}
