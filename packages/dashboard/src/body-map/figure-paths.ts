/**
 * The body map figure's geometry: a front view drawn for Glimmers, in a 180 x 300 box (one unit is
 * one CSS pixel at the form's size), plus a small view of the back beside it, since a front view
 * cannot show the back. Each region is one path (two for paired parts); every region's box is at
 * least 26 x 26 units, so a finger can find it on a phone.
 */
import type { BodyRegionId } from '@glimmers/core';

/** The figure's coordinate box. */
export const FIGURE_VIEWBOX = { width: 180, height: 300 } as const;

/** The body's centre line: paired parts are drawn on the left and mirrored across it. */
const CENTRE = 70;

type Point = readonly [number, number];

/** A closed smooth outline through points (a Catmull-Rom curve drawn as cubic Béziers). */
function smooth(points: readonly Point[]): string {
  const n = points.length;
  const at = (i: number): Point => points[(i + n) % n] as Point;
  let d = `M${at(0)[0]},${at(0)[1]}`;
  for (let i = 0; i < n; i++) {
    const [p0, p1, p2, p3] = [at(i - 1), at(i), at(i + 1), at(i + 2)];
    const c1: Point = [p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6];
    const c2: Point = [p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6];
    d += `C${r(c1[0])},${r(c1[1])} ${r(c2[0])},${r(c2[1])} ${p2[0]},${p2[1]}`;
  }
  return `${d}Z`;
}

/** A closed outline of straight edges (the throat, between the jaw and the collarbones). */
function poly(points: readonly Point[]): string {
  return `M${points.map(([x, y]) => `${x},${y}`).join('L')}Z`;
}

const r = (v: number): number => Math.round(v * 10) / 10;

const mirror = (points: readonly Point[]): Point[] => points.map(([x, y]) => [2 * CENTRE - x, y] as Point).reverse();

/** Both sides of a paired part, as one path. */
const pair = (draw: (p: readonly Point[]) => string, left: readonly Point[]): string => `${draw(left)}${draw(mirror(left))}`;

/** One region's outline. */
export interface RegionShape {
  readonly id: BodyRegionId;
  readonly d: string;
}

/** The regions in the order of `BODY_REGIONS` (head to feet), which is also the order they are read in. */
export const REGION_SHAPES: readonly RegionShape[] = Object.freeze([
  { id: 'head', d: smooth([[70, 2], [84, 5], [91, 16], [92, 29], [70, 27], [48, 29], [49, 16], [56, 5]]) },
  { id: 'face-jaw', d: smooth([[48, 30], [70, 28], [92, 30], [91, 43], [86, 54], [70, 61], [54, 54], [49, 43]]) },
  { id: 'throat', d: poly([[57, 57], [70, 63], [83, 57], [84, 86], [70, 90], [56, 86]]) },
  { id: 'shoulders', d: pair(smooth, [[54, 80], [53, 92], [46, 104], [30, 108], [18, 104], [22, 90], [36, 82]]) },
  { id: 'chest', d: smooth([[52, 88], [70, 93], [88, 88], [95, 96], [96, 118], [95, 136], [70, 139], [45, 136], [44, 118], [45, 96]]) },
  { id: 'arms', d: pair(smooth, [[17, 108], [30, 112], [41, 112], [41, 140], [39, 180], [26, 182], [14, 180], [14, 140]]) },
  { id: 'hands', d: pair(smooth, [[14, 184], [27, 185], [40, 184], [41, 200], [36, 214], [26, 217], [15, 214], [11, 200]]) },
  { id: 'belly', d: smooth([[47, 141], [70, 143], [93, 141], [95, 160], [97, 178], [70, 180], [43, 178], [45, 160]]) },
  { id: 'back', d: smooth([[147, 88], [157, 86], [167, 88], [177, 96], [176, 118], [172, 148], [173, 176], [157, 180], [141, 176], [142, 148], [138, 118], [137, 96]]) },
  { id: 'hips', d: smooth([[43, 183], [70, 185], [97, 183], [100, 196], [98, 208], [70, 206], [42, 208], [40, 196]]) },
  { id: 'legs', d: pair(smooth, [[42, 210], [68, 210], [67, 240], [66, 266], [55, 268], [45, 266], [43, 240]]) },
  { id: 'feet', d: pair(smooth, [[44, 271], [56, 270], [67, 271], [68, 290], [60, 297], [46, 297], [36, 292], [38, 280]]) },
]);

/** Where the caption "back" sits, under the back view. */
export const BACK_VIEW_CAPTION = { x: 157, y: 196 } as const;

/** The spine drawn on the back view, so it reads as a back. */
export const SPINE_PATH = 'M157,92 C156,110 158,130 157,150 C156,160 157,170 157,174';

/** The head above the back view: drawn only, so the back reads as a person seen from behind. */
export const BACK_VIEW_HEAD = { cx: 157, cy: 70, r: 11 } as const;
