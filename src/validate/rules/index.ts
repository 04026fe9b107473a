/** The built-in edition rules, in the order their ids are listed in reports and help. Browser-safe. */
import type { Rule } from '../rule.js';
import { choicePair } from './choicePair.js';
import { correspAligned } from './correspAligned.js';
import { dateFormat } from './dateFormat.js';
import { dateOrder } from './dateOrder.js';
import { detachedNoteTarget } from './detachedNoteTarget.js';
import { editorialEmpty } from './editorialEmpty.js';
import { facsTarget } from './facsTarget.js';
import { gapExtent } from './gapExtent.js';
import { gapInEditorial } from './gapInEditorial.js';
import { gapReason } from './gapReason.js';
import { handDeclared } from './handDeclared.js';
import { handShiftRedundant } from './handShiftRedundant.js';
import { handUnused } from './handUnused.js';
import { headerLicence } from './headerLicence.js';
import { headerSource } from './headerSource.js';
import { idUnique } from './idUnique.js';
import { languageDeclared } from './languageDeclared.js';
import { marginalHand } from './marginalHand.js';
import { pointerHash } from './pointerHash.js';
import { pointerResolves } from './pointerResolves.js';
import { pointerTarget } from './pointerTarget.js';
import { spanAnchor } from './spanAnchor.js';
import { translatorNoteResp } from './translatorNoteResp.js';
import { zoneGeometry } from './zoneGeometry.js';

/**
 * Every built-in rule: id, description, default severity and default options.
 *
 * @example
 * for (const rule of builtinRules) console.log(rule.id, rule.severity, rule.description)
 */
export const builtinRules: readonly Rule<unknown>[] = [
  idUnique,
  pointerResolves,
  pointerHash,
  pointerTarget,
  facsTarget,
  spanAnchor,
  zoneGeometry,
  handDeclared,
  handUnused,
  handShiftRedundant,
  marginalHand,
  gapReason,
  gapExtent,
  gapInEditorial,
  editorialEmpty,
  choicePair,
  translatorNoteResp,
  detachedNoteTarget,
  dateFormat,
  dateOrder,
  correspAligned,
  headerSource,
  headerLicence,
  languageDeclared,
] as readonly Rule<unknown>[];
