import type {
  locations, objects, personAddresses, personNames, personPhones, persons, poleLinks, warningMarkers,
} from '../platform/pole/schema.js';
import type { EthnicityCode } from '../platform/pole/reference/catalogue.js';
import { normaliseName, personNameKeys } from '../platform/search/keys.js';
import { DAYS_PER_YEAR, dayOf, isoDate, timestampOn, yearOf } from './dates.js';
import { NOT_STATED_SHARE, pickEthnicity, pickOrigin, type Origin, type StatedCode } from './ethnicity.js';
import { DEMO_FORCES, type ForceId, type Town } from './geography.js';
import { bulkIds } from './ids.js';
import { landlineNumber, mobileNumber, normalisePhone, pncId, reference, uprn, type Series } from './identifiers.js';
import { drawMarkers } from './markers.js';
import * as names from './names.js';
import type { Sex } from './names.js';
import { OBJECT_LINK_ROLES, drawPhone, drawProperty, drawVehicle, drawWeapon, type ObjectDraft } from './objects.js';
import { drawAge, drawDescription, drawEmail, drawForenames, drawGender, nameSex } from './people.js';
import { Random } from './random.js';
import { StreetMap } from './streets.js';
import {
  DUPLICATE_VARIATIONS, TRANSLITERABLE_FORENAMES, formalForename, hasNickname, nicknameOf, variationFits, vary, type DuplicateVariation,
} from './variations.js';

export type PersonRow = typeof persons.$inferInsert;
export type PersonNameRow = typeof personNames.$inferInsert;
export type PersonPhoneRow = typeof personPhones.$inferInsert;
export type LocationRow = typeof locations.$inferInsert;
export type PersonAddressRow = typeof personAddresses.$inferInsert;
export type ObjectRow = typeof objects.$inferInsert;
export type PoleLinkRow = typeof poleLinks.$inferInsert;
export type WarningMarkerRow = typeof warningMarkers.$inferInsert;

export type PlantedDuplicate = { originalId: string; duplicateId: string; variation: DuplicateVariation };

/** Rows of one batch, in foreign-key order: everything a row points at is in this batch or an earlier one. */
export type GeneratedBatch = {
  locations: LocationRow[];
  persons: PersonRow[];
  personNames: PersonNameRow[];
  personPhones: PersonPhoneRow[];
  personAddresses: PersonAddressRow[];
  objects: ObjectRow[];
  poleLinks: PoleLinkRow[];
  warningMarkers: WarningMarkerRow[];
  plantedDuplicates: PlantedDuplicate[];
};

export type ReferenceCounts = Record<Series, number>;

export type GeneratorOptions = {
  forceId: ForceId;
  seed: number;
  /** The generator's "today" (YYYY-MM-DD): ages, dates of birth and record dates are computed from it. */
  today: string;
  /** Share of people who also get a planted near-duplicate record (default 0.03). */
  duplicateShare?: number;
  /** Last reference numbers already used in the force; numbering continues after them. */
  after?: ReferenceCounts;
  /** Id factory (default UUIDv7); tests pass a counter to compare whole outputs. */
  newId?: () => string;
};

/**
 * A location may be reused by a later batch only this many batches after the one that created it, so a
 * loader running up to this many batch transactions at once never points at a row not yet committed.
 */
export const REUSE_LAG = 4;
const POOL_LIMIT = 100_000;

type LocationRef = { id: string; town: Town };

type Household = { town: Town; stated: StatedCode; origin: Origin; family: string; location: LocationRef | null; size: number };

/** What the duplicate planter needs to know about a person already generated in this batch. */
type Draft = {
  id: string;
  row: PersonRow;
  forenames: string[];
  surname: string;
  town: Town;
  location: LocationRef | null;
  mobile: string | null;
  createdDay: number;
  duplicated: boolean;
};

/** Origins whose names have well-known alternative romanisations, for transliteration duplicates. */
const TRANSLITERABLE_ORIGINS: readonly [StatedCode, Origin][] = [
  ['A2', { forenames: names.pakistani, surnames: names.pakistani }],
  ['A3', { forenames: names.bangladeshi, surnames: names.bangladeshi }],
  ['O2', { forenames: names.arab, surnames: names.arab }],
  ['B2', { forenames: names.somali, surnames: names.somali }],
];

function nameRow(forceId: string, id: string, personId: string, kind: string, forenames: string, surname: string, dateOfBirth: string | null): PersonNameRow {
  return {
    forceId,
    id,
    personId,
    kind,
    forenames,
    surname,
    fullName: normaliseName(`${forenames} ${surname}`),
    surnameNorm: normaliseName(surname),
    keys: personNameKeys(forenames, surname),
    dateOfBirth,
  };
}

/**
 * Deterministic synthetic people for one force: the same options give the same rows, batch after batch.
 * People come in households at addresses on the force's streets, with phones, address history,
 * vehicles and other objects, warning markers for a few, and a planted share of near-duplicates.
 */
export class PeopleGenerator {
  private readonly random: Random;
  private readonly streets: StreetMap;
  private readonly prefix: string;
  private readonly today: number;
  private readonly currentYear: number;
  private readonly share: number;
  private readonly newId: () => string;
  private readonly counters: ReferenceCounts;
  private readonly pncIds = new Set<string>();
  private readonly pool: LocationRef[] = [];
  private readonly maturing: { batch: number; refs: LocationRef[] }[] = [];
  private batchIndex = 0;
  private planted = 0;
  /** Variation still waiting for a suitable original; the next person generated is made to suit it. */
  private pending: DuplicateVariation | null = null;
  private constrainNext: DuplicateVariation | null = null;

  constructor(readonly options: GeneratorOptions) {
    this.random = new Random(options.seed);
    this.streets = new StreetMap(options.forceId);
    this.prefix = DEMO_FORCES.find((f) => f.id === options.forceId)!.referencePrefix;
    this.today = dayOf(options.today);
    this.currentYear = yearOf(this.today);
    this.share = options.duplicateShare ?? 0.03;
    this.newId = options.newId ?? bulkIds();
    this.counters = { P: 0, L: 0, O: 0, ...options.after };
  }

  /** Last reference number used in each series so far. */
  get last(): ReferenceCounts {
    return { ...this.counters };
  }

  /** The next `size` person records (planted duplicates included) with everything attached to them. */
  nextBatch(size: number): GeneratedBatch {
    const batch: GeneratedBatch = {
      locations: [], persons: [], personNames: [], personPhones: [], personAddresses: [], objects: [], poleLinks: [], warningMarkers: [],
      plantedDuplicates: [],
    };
    this.batchIndex++;
    this.matureLocations();
    const local: LocationRef[] = [];
    this.maturing.push({ batch: this.batchIndex, refs: local });
    const drafts: Draft[] = [];
    let household: Household | null = null;
    for (let i = 0; i < size; i++) {
      if (i > 0 && this.random.chance(this.share) && this.plantDuplicate(batch, drafts, local)) continue;
      const joining: Household | null = household && household.size < 5 && !this.constrainNext && this.random.chance(0.3) ? household : null;
      household = joining ?? this.newHousehold(batch, local);
      household.size++;
      drafts.push(this.addPerson(batch, household, local, joining !== null));
    }
    return batch;
  }

  private matureLocations(): void {
    while (this.maturing.length && this.maturing[0].batch <= this.batchIndex - REUSE_LAG) {
      for (const ref of this.maturing.shift()!.refs) {
        if (this.pool.length < POOL_LIMIT) this.pool.push(ref);
        else this.pool[this.random.int(0, POOL_LIMIT - 1)] = ref;
      }
    }
  }

  private next(series: Series): number {
    return ++this.counters[series];
  }

  private newLocation(batch: GeneratedBatch, local: LocationRef[], town: Town): LocationRef {
    const n = this.next('L');
    const address = this.streets.nextAddress(this.streets.street(this.random, town));
    const id = this.newId();
    const createdAt = timestampOn(this.random.int(this.today - 15 * 365, this.today), this.random.int(420, 1380));
    batch.locations.push({
      forceId: this.options.forceId, id, reference: reference(this.prefix, 'L', n), uprn: uprn(this.options.forceId, n),
      ...address, createdAt, updatedAt: createdAt,
    });
    const ref = { id, town };
    local.push(ref);
    return ref;
  }

  /** An address someone else has lived at: from this batch, or from one loaded long enough ago. */
  private reusedLocation(local: LocationRef[]): LocationRef | null {
    if (local.length && (!this.pool.length || this.random.chance(0.5))) return this.random.pick(local);
    return this.pool.length ? this.random.pick(this.pool) : null;
  }

  private newHousehold(batch: GeneratedBatch, local: LocationRef[]): Household {
    let stated: StatedCode;
    let origin: Origin;
    let town: Town;
    let location: LocationRef | null = null;
    const reused = this.random.chance(0.3) ? this.reusedLocation(local) : null;
    if (reused) {
      location = reused;
      town = reused.town;
    } else {
      town = this.streets.town(this.random);
    }
    if (this.constrainNext === 'transliteration') {
      [stated, origin] = this.random.pick(TRANSLITERABLE_ORIGINS);
    } else {
      stated = pickEthnicity(this.random, town.district.code);
      origin = pickOrigin(this.random, stated);
    }
    if (!reused && !this.random.chance(0.03)) location = this.newLocation(batch, local, town);
    return { town, stated, origin, family: origin.surnames.family(this.random), location, size: 0 };
  }

  private addPerson(batch: GeneratedBatch, household: Household, local: LocationRef[], joining: boolean): Draft {
    const r = this.random;
    const forceId = this.options.forceId;
    const constraint = this.constrainNext;
    this.constrainNext = null;
    const id = this.newId();
    const n = this.next('P');
    const age = drawAge(r);
    let birthDay = this.today - Math.floor(age * DAYS_PER_YEAR) - r.int(0, 364);
    if (constraint === 'dob_day_month_swapped') birthDay = this.withSwappableDay(birthDay);
    const birthYear = yearOf(birthDay);
    const gender = drawGender(r);
    const sex = nameSex(gender, r);
    const { origin } = household;
    const family = joining && r.chance(0.2) ? origin.surnames.family(r) : household.family;
    let first: string | undefined;
    if (constraint === 'nickname') first = formalForename(sex, r);
    if (constraint === 'transliteration') first = r.pick(TRANSLITERABLE_FORENAMES[sex]);
    const forenames = drawForenames(r, origin, sex, birthYear, first);
    const surname = origin.surnames.surname(family, sex, r);
    const dateOfBirth = constraint || !r.chance(0.015) ? isoDate(birthDay) : null;
    const createdDay = r.int(Math.max(birthDay, this.today - 20 * 365), this.today);
    const createdAt = timestampOn(createdDay, r.int(420, 1380));
    const hasPnc = age >= 12 && r.chance(sex === 'male' ? 0.25 : 0.12);
    const ethnicity: EthnicityCode = r.chance(NOT_STATED_SHARE) ? 'NS' : household.stated;
    const restricted = r.chance(0.001);
    const row: PersonRow = {
      forceId, id, reference: reference(this.prefix, 'P', n), forenames: forenames.join(' '), surname, dateOfBirth, gender, ethnicity,
      pncId: hasPnc ? this.uniquePncId(birthYear) : null,
      email: age >= 16 && r.chance(0.25) ? drawEmail(r, forenames[0], surname) : null,
      ...drawDescription(r, sex, age),
      restricted,
      restrictionReason: restricted ? r.pick(['Victim is a serving police officer', 'Protected witness', 'Subject of a sensitive investigation']) : null,
      createdAt, updatedAt: createdAt,
    };
    batch.persons.push(row);
    batch.personNames.push(nameRow(forceId, this.newId(), id, 'primary', row.forenames, surname, dateOfBirth));
    this.addOtherNames(batch, id, row, origin, sex, age, birthYear, family);
    const mobile = this.addPhones(batch, id, household.town, age, createdAt);
    this.addAddresses(batch, local, id, household, age, birthDay, createdAt);
    this.addObjects(batch, id, age, hasPnc);
    if (r.chance(hasPnc ? 0.12 : 0.014)) {
      for (const m of drawMarkers(r, age, birthDay, this.today)) {
        batch.warningMarkers.push({
          forceId, id: this.newId(), personId: id, code: m.code, reason: m.reason, source: m.source, startDate: m.startDate,
          reviewDate: m.reviewDate, createdAt: timestampOn(dayOf(m.startDate), r.int(420, 1380)),
          ...(m.ended ? { endedAt: timestampOn(dayOf(m.reviewDate), 600), endReason: 'Reviewed: no longer relevant' } : {}),
        });
      }
    }
    return { id, row, forenames, surname, town: household.town, location: household.location, mobile, createdDay, duplicated: false };
  }

  /** The same month and year with a day of month that can be confused with the month (1–12, not equal to it). */
  private withSwappableDay(birthDay: number): number {
    const [year, month] = isoDate(birthDay).split('-');
    let day = this.random.int(1, 12);
    if (day === Number(month)) day = (day % 12) + 1;
    return dayOf(`${year}-${month}-${String(day).padStart(2, '0')}`);
  }

  private uniquePncId(birthYear: number): string {
    const first = Math.max(birthYear + 12, 1985);
    for (;;) {
      const id = pncId(this.random.int(Math.min(first, this.currentYear), this.currentYear), this.random.int(1, 999_999));
      if (!this.pncIds.has(id)) {
        this.pncIds.add(id);
        return id;
      }
    }
  }

  private addOtherNames(batch: GeneratedBatch, personId: string, row: PersonRow, origin: Origin, sex: Sex, age: number, birthYear: number, family: string): void {
    const r = this.random;
    const first = row.forenames.split(' ')[0];
    if (sex === 'female' && age >= 22 && r.chance(0.12)) {
      const maiden = origin.surnames.surname(origin.surnames.family(r), 'female', r);
      if (maiden !== row.surname) this.addName(batch, personId, row, 'maiden', row.forenames, maiden);
    }
    if (r.chance(row.pncId ? 0.25 : 0.02)) {
      const other = origin.surnames.surname(origin.surnames.family(r), sex, r);
      if (r.chance(0.5)) this.addName(batch, personId, row, 'alias', row.forenames, other);
      else this.addName(batch, personId, row, 'alias', origin.forenames.forename(sex, birthYear, r), r.chance(0.5) ? row.surname : other);
    }
    if (hasNickname(first) && r.chance(0.05)) this.addName(batch, personId, row, 'nickname', nicknameOf(first, r), row.surname);
    if (family !== row.surname && r.chance(0.1)) this.addName(batch, personId, row, 'alias', row.forenames, family);
  }

  private addName(batch: GeneratedBatch, personId: string, row: PersonRow, kind: string, forenames: string, surname: string): void {
    batch.personNames.push(nameRow(row.forceId, this.newId(), personId, kind, forenames, surname, row.dateOfBirth ?? null));
  }

  private addPhone(batch: GeneratedBatch, personId: string, number: string, type: string, createdAt: Date): void {
    batch.personPhones.push({ forceId: this.options.forceId, id: this.newId(), personId, number, numberNorm: normalisePhone(number), type, createdAt });
  }

  private addPhones(batch: GeneratedBatch, personId: string, town: Town, age: number, createdAt: Date): string | null {
    const r = this.random;
    let mobile: string | null = null;
    if (age >= 11 && r.chance(0.75)) {
      mobile = mobileNumber(r);
      this.addPhone(batch, personId, mobile, 'mobile', createdAt);
      if (r.chance(0.08)) this.addPhone(batch, personId, mobileNumber(r), 'mobile', createdAt);
    }
    if (age >= 18 && r.chance(0.12)) this.addPhone(batch, personId, landlineNumber(r, town.dialCode), 'home', createdAt);
    return mobile;
  }

  private addAddresses(batch: GeneratedBatch, local: LocationRef[], personId: string, household: Household, age: number, birthDay: number, createdAt: Date): void {
    const { location } = household;
    if (!location) return;
    const r = this.random;
    const forceId = this.options.forceId;
    const fromDay = r.int(Math.max(birthDay, this.today - 15 * 365), this.today - 14);
    batch.personAddresses.push({ forceId, id: this.newId(), personId, locationId: location.id, type: 'home', fromDate: isoDate(fromDay), createdAt });
    if (age < 20 || !r.chance(0.3)) return;
    const adulthood = birthDay + Math.round(16 * DAYS_PER_YEAR);
    let end = fromDay - r.int(1, 30);
    for (let k = r.int(1, 3); k > 0; k--) {
      const start = end - r.int(180, 6 * 365);
      if (start < adulthood) break;
      const previous = (r.chance(0.5) ? this.reusedLocation(local) : null)
        ?? this.newLocation(batch, local, r.chance(0.7) ? household.town : this.streets.town(r));
      batch.personAddresses.push({
        forceId, id: this.newId(), personId, locationId: previous.id, type: 'previous', fromDate: isoDate(start), toDate: isoDate(end), createdAt,
      });
      end = start - r.int(1, 60);
    }
  }

  private addObjects(batch: GeneratedBatch, personId: string, age: number, hasPnc: boolean): void {
    const r = this.random;
    if (age >= 17 && r.chance(0.15)) this.addObject(batch, personId, drawVehicle(r, this.currentYear));
    if (age >= 12 && r.chance(hasPnc ? 0.15 : 0.02)) this.addObject(batch, personId, drawPhone(r));
    if (age >= 12 && r.chance(hasPnc ? 0.04 : 0.001)) this.addObject(batch, personId, drawWeapon(r));
    if (r.chance(0.03)) this.addObject(batch, personId, drawProperty(r));
  }

  private addObject(batch: GeneratedBatch, personId: string, draft: ObjectDraft): void {
    const forceId = this.options.forceId;
    const id = this.newId();
    const createdAt = timestampOn(this.random.int(this.today - 10 * 365, this.today), this.random.int(420, 1380));
    batch.objects.push({ forceId, id, reference: reference(this.prefix, 'O', this.next('O')), ...draft, createdAt, updatedAt: createdAt });
    batch.poleLinks.push({ forceId, id: this.newId(), role: OBJECT_LINK_ROLES[draft.kind], personId, objectId: id, createdAt });
  }

  /**
   * Plants a near-duplicate of someone earlier in this batch. Variations are taken in turn so every kind
   * is represented; when nobody suits the next one, the next person generated is made to suit it.
   */
  private plantDuplicate(batch: GeneratedBatch, drafts: Draft[], local: LocationRef[]): boolean {
    const variation = this.pending ?? DUPLICATE_VARIATIONS[this.planted % DUPLICATE_VARIATIONS.length];
    const start = this.random.int(0, Math.max(0, drafts.length - 1));
    for (let k = 0; k < drafts.length; k++) {
      const original = drafts[(start + k) % drafts.length];
      const dateOfBirth = original.row.dateOfBirth;
      if (original.duplicated || !dateOfBirth || !variationFits(variation, original.forenames, original.surname, dateOfBirth)) continue;
      original.duplicated = true;
      this.addDuplicate(batch, local, original, variation);
      this.planted++;
      this.pending = null;
      return true;
    }
    this.pending = variation;
    this.constrainNext = variation;
    return false;
  }

  private addDuplicate(batch: GeneratedBatch, local: LocationRef[], original: Draft, variation: DuplicateVariation): void {
    const r = this.random;
    const forceId = this.options.forceId;
    const { forenames, surname, dateOfBirth } = vary(variation, original.forenames, original.surname, original.row.dateOfBirth!, r);
    const id = this.newId();
    const createdAt = timestampOn(r.int(original.createdDay, this.today), r.int(420, 1380));
    const row: PersonRow = {
      forceId, id, reference: reference(this.prefix, 'P', this.next('P')), forenames, surname, dateOfBirth,
      gender: original.row.gender, ethnicity: r.chance(0.3) ? 'NS' : original.row.ethnicity, heightCm: r.chance(0.5) ? original.row.heightCm : null,
      createdAt, updatedAt: createdAt,
    };
    batch.persons.push(row);
    batch.personNames.push(nameRow(forceId, this.newId(), id, 'primary', row.forenames, surname, dateOfBirth));
    if (original.mobile && r.chance(0.4)) this.addPhone(batch, id, original.mobile, 'mobile', createdAt);
    const location = original.location && r.chance(0.65) ? original.location : this.newLocation(batch, local, original.town);
    const fromDay = r.int(this.today - 5 * 365, this.today - 14);
    batch.personAddresses.push({ forceId, id: this.newId(), personId: id, locationId: location.id, type: 'home', fromDate: isoDate(fromDay), createdAt });
    batch.plantedDuplicates.push({ originalId: original.id, duplicateId: id, variation });
  }
}
