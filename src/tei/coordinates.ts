/**
 * TEI's coordinates (att.coordinated: `@ulx`, `@uly`, `@lrx`, `@lry`, `@points`) read the same way by the model
 * (`surfaces`) and the rule `zone-geometry`. Browser-safe.
 */

/**
 * A rectangle in a surface's coordinate system: the upper-left corner (`ulx`, `uly`) and the lower-right one
 * (`lrx`, `lry`).
 *
 * @example
 * const page: Box = { ulx: 0, uly: 0, lrx: 5406, lry: 6876 }
 */
export interface Box {
  ulx: number;
  uly: number;
  lrx: number;
  lry: number;
}

/** The four corner attributes, in the order TEI lists them. */
export const CORNERS = ['ulx', 'uly', 'lrx', 'lry'] as const;

/**
 * A number as TEI writes one in a coordinate (teidata.numeric: `12`, `-3.5`, `1e3`), else undefined.
 *
 * @example
 * numberOf(' 12 ') // 12
 * numberOf('1cm')  // undefined
 */
export function numberOf(value: string | null | undefined): number | undefined {
  if (value === undefined || value === null || value.trim() === '') return undefined;
  const number = Number(value.trim());
  return Number.isFinite(number) ? number : undefined;
}

/**
 * One `x,y` token of `@points` as two numbers (teidata.point), else undefined.
 *
 * @example
 * pointOf('40,10')  // [40, 10]
 * pointOf('40;10')  // undefined
 */
export function pointOf(token: string): [number, number] | undefined {
  const match = /^(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)$/.exec(token);
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}

/**
 * `@points` (`x,y x,y …`) as pairs of numbers, or undefined when it is absent, empty, or any token is not `x,y`.
 *
 * @example
 * pointsOf('0,0 40,0 40,10') // [[0, 0], [40, 0], [40, 10]]
 */
export function pointsOf(value: string | null | undefined): Array<[number, number]> | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  const points: Array<[number, number]> = [];
  for (const token of trimmed.split(/\s+/)) {
    const point = pointOf(token);
    if (!point) return undefined;
    points.push(point);
  }
  return points;
}

/**
 * The smallest box that holds every point (of at least one).
 *
 * @example
 * boundingBox([[0, 5], [40, 0], [20, 10]]) // { ulx: 0, uly: 0, lrx: 40, lry: 10 }
 */
export function boundingBox(points: ReadonlyArray<readonly [number, number]>): Box {
  let ulx = Infinity;
  let uly = Infinity;
  let lrx = -Infinity;
  let lry = -Infinity;
  for (const [x, y] of points) {
    if (x < ulx) ulx = x;
    if (y < uly) uly = y;
    if (x > lrx) lrx = x;
    if (y > lry) lry = y;
  }
  return { ulx, uly, lrx, lry };
}

/**
 * Is the point inside the box (its edges included)?
 *
 * @example
 * pointInside([10, 10], { ulx: 0, uly: 0, lrx: 10, lry: 10 }) // true
 */
export function pointInside([x, y]: readonly [number, number], box: Box): boolean {
  return x >= box.ulx && x <= box.lrx && y >= box.uly && y <= box.lry;
}

/**
 * The box as its attributes read: `ulx 0, uly 0, lrx 5406, lry 6876`.
 *
 * @example
 * describeBox({ ulx: 0, uly: 0, lrx: 10, lry: 20 }) // 'ulx 0, uly 0, lrx 10, lry 20'
 */
export function describeBox(box: Box): string {
  return CORNERS.map((corner) => `${corner} ${box[corner]}`).join(', ');
}
