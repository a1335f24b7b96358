import { en_GB } from '@faker-js/faker';
import { beatAt, cellReach, forceGeography, normaliseAngle, toLatLon, type ForceGeography, type Town } from './geography.js';
import { Random, weighted, type Weighted } from './random.js';

export type Street = {
  name: string;
  town: Town;
  locality: string | null;
  /** Postcode units along the street, each covering `perUnit` consecutive house numbers. */
  postcodes: readonly string[];
  perUnit: number;
  highestNumber: number;
  x: number;
  y: number;
  direction: number;
  lengthKm: number;
  /** Addresses handed out so far; the next one gets the next house (or flat) along the street. */
  used: number;
};

export type Address = {
  buildingName: string | null;
  buildingNumber: string;
  street: string;
  locality: string | null;
  town: string;
  postcode: string;
  postcodeNorm: string;
  latitude: number;
  longitude: number;
  district: string;
  beat: string;
};

const STREET_NAMES: readonly string[] = en_GB.location?.street_name ?? ['High Street', 'Station Road', 'Church Road'];
const STREET_SUFFIXES: readonly string[] = en_GB.location?.street_suffix ?? ['Road', 'Close', 'Avenue'];
const STREET_STEMS = [
  'Oak', 'Ash', 'Beech', 'Birch', 'Cedar', 'Elm', 'Hazel', 'Holly', 'Laurel', 'Maple', 'Rowan', 'Willow', 'Yew', 'Chestnut', 'Sycamore',
  'Hawthorn', 'Lime', 'Poplar', 'Alder', 'Juniper', 'Larch', 'Kestrel', 'Heron', 'Swallow', 'Lark', 'Wren', 'Falcon', 'Kingfisher',
  'Robin', 'Merlin', 'Cowper', 'Bunyan', 'Lamb', 'Salisbury', 'Cecil', 'Verulam', 'Gade', 'Colne', 'Lea', 'Mimram', 'Ver', 'Chess',
  'Beane', 'Rib', 'Stort', 'Ivel', 'Ouse', 'Chiltern', 'Meadow', 'Orchard', 'Mill', 'Church', 'Manor', 'Priory', 'Abbey', 'Grange',
  'Windmill', 'Brook', 'Spring', 'Well', 'Bell', 'Crown', 'Station', 'Park', 'Common', 'Heath', 'Green', 'Field', 'Woodland',
  'Cherry', 'Plum', 'Apple', 'Pear', 'Bramble', 'Foxglove', 'Primrose', 'Bluebell', 'Clover', 'Heather', 'Lavender', 'Ivy',
  'Churchill', 'Nelson', 'Wellington', 'Gladstone', 'Tudor', 'Stuart', 'Windsor', 'York', 'Lancaster', 'Cambridge', 'Hatfield',
  'Hertford', 'Bedford', 'London', 'Luton', 'Ware', 'Hitchin', 'Baldock', 'Royston', 'Tring', 'Kings', 'Queens', 'Prince',
];

/** Letters used in the two-letter end of a postcode (C, I, K, M, O and V never appear there). */
const UNIT_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';
const PEOPLE_PER_STREET = 100;

function streetName(random: Random): string {
  return random.chance(0.35) ? random.pick(STREET_NAMES) : `${random.pick(STREET_STEMS)} ${random.pick(STREET_SUFFIXES)}`;
}

/** Hands out postcode units sector by sector so no two streets share one. */
class PostcodeBook {
  private readonly used = new Map<string, number>();

  constructor(private readonly random: Random) {}

  units(outcodes: readonly string[], count: number): string[] {
    for (let attempt = 0; attempt < 40; attempt++) {
      const sector = `${this.random.pick(outcodes)} ${this.random.int(1, 9)}`;
      const taken = this.used.get(sector) ?? 0;
      if (taken + count > UNIT_LETTERS.length ** 2) continue;
      this.used.set(sector, taken + count);
      return Array.from({ length: count }, (_, i) => {
        const k = taken + i;
        return `${sector}${UNIT_LETTERS[Math.floor(k / UNIT_LETTERS.length)]}${UNIT_LETTERS[k % UNIT_LETTERS.length]}`;
      });
    }
    throw new Error(`Postcode sectors of ${outcodes.join(', ')} are full`);
  }
}

/**
 * The streets of every town of a force. They depend on the force alone, never on the people seed,
 * so every run lays out the same streets in the same places.
 */
export class StreetMap {
  private readonly geography: ForceGeography;
  private readonly streetsByTown = new Map<Town, Street[]>();
  private readonly townTable: Weighted<Town>;

  constructor(forceId: string) {
    this.geography = forceGeography(forceId);
    const random = new Random([...forceId].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7));
    const postcodes = new PostcodeBook(random);
    const shares: [Town, number][] = [];
    for (const district of this.geography.districts) {
      const total = district.towns.reduce((sum, t) => sum + t.weight, 0);
      for (const town of district.towns) {
        const people = (district.population * town.weight) / total;
        shares.push([town, people]);
        this.streetsByTown.set(town, this.layOut(town, Math.max(25, Math.round(people / PEOPLE_PER_STREET)), random, postcodes));
      }
    }
    this.townTable = weighted(shares);
  }

  private layOut(town: Town, count: number, random: Random, postcodes: PostcodeBook): Street[] {
    const names = new Set<string>();
    const streets: Street[] = [];
    while (streets.length < count) {
      const name = streetName(random);
      if (names.has(name)) continue;
      names.add(name);
      const angle = random.next() * 2 * Math.PI;
      const distance = Math.sqrt(random.next()) * 0.85 * cellReach(town, angle, town.radiusKm);
      const highestNumber = Math.round(12 + 180 * random.next() ** 2);
      const units = Math.max(1, Math.round(highestNumber / 18));
      const localities = town.localities ?? [];
      streets.push({
        name,
        town,
        locality: localities.length && distance > 0.3 * town.radiusKm
          ? localities[Math.floor((normaliseAngle(angle) / (2 * Math.PI)) * localities.length)]
          : null,
        postcodes: postcodes.units(town.outcodes, units),
        perUnit: Math.ceil(highestNumber / units),
        highestNumber,
        x: town.x + distance * Math.cos(angle),
        y: town.y + distance * Math.sin(angle),
        direction: random.next() * Math.PI,
        lengthKm: 0.12 + highestNumber * 0.004,
        used: 0,
      });
    }
    return streets;
  }

  /** A town, as likely as its share of the force's population. */
  town(random: Random): Town {
    return random.choose(this.townTable);
  }

  street(random: Random, town: Town): Street {
    return random.pick(this.streetsByTown.get(town)!);
  }

  /** The next unused address of the street: houses in order, then flats within them. */
  nextAddress(street: Street): Address {
    const k = street.used++;
    const number = (k % street.highestNumber) + 1;
    const flat = Math.floor(k / street.highestNumber);
    const town = street.town;
    const along = ((number - 0.5) / street.highestNumber - 0.5) * street.lengthKm;
    const side = number % 2 === 0 ? 0.012 : -0.012;
    let dx = street.x + along * Math.cos(street.direction) - side * Math.sin(street.direction) - town.x;
    let dy = street.y + along * Math.sin(street.direction) + side * Math.cos(street.direction) - town.y;
    const angle = Math.atan2(dy, dx);
    const limit = 0.92 * cellReach(town, angle, town.radiusKm);
    const distance = Math.hypot(dx, dy);
    if (distance > limit) {
      dx *= limit / distance;
      dy *= limit / distance;
    }
    const { lat, lon } = toLatLon(this.geography, town.x + dx, town.y + dy);
    const postcode = street.postcodes[Math.min(street.postcodes.length - 1, Math.floor((number - 1) / street.perUnit))];
    return {
      buildingName: flat > 0 ? `Flat ${flat}` : null,
      buildingNumber: String(number),
      street: street.name,
      locality: street.locality,
      town: town.name,
      postcode,
      postcodeNorm: postcode.replace(' ', ''),
      latitude: Math.round(lat * 1e6) / 1e6,
      longitude: Math.round(lon * 1e6) / 1e6,
      district: town.district.name,
      beat: beatAt(town, angle),
    };
  }
}
