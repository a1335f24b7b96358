import type { LINK_ROLES, OBJECT_KINDS } from '../platform/pole/reference/catalogue.js';
import { imei, vrm } from './identifiers.js';
import type { Random } from './random.js';

export type ObjectKind = Exclude<(typeof OBJECT_KINDS)[number], 'other'>;

/** Role of the person on a person–object link, by kind of object. */
export const OBJECT_LINK_ROLES: Record<ObjectKind, (typeof LINK_ROLES)[number]> = {
  vehicle: 'keeper',
  phone: 'user',
  weapon: 'involved',
  property: 'owner',
};

export type ObjectDraft = {
  kind: ObjectKind;
  vrm: string | null;
  make: string | null;
  model: string | null;
  colour: string | null;
  serialNumber: string | null;
  description: string | null;
};

const VEHICLES: readonly (readonly [string, string])[] = [
  ['Ford', 'Fiesta'], ['Vauxhall', 'Corsa'], ['Volkswagen', 'Golf'], ['Ford', 'Focus'], ['Vauxhall', 'Astra'], ['Volkswagen', 'Polo'],
  ['Nissan', 'Qashqai'], ['BMW', '3 Series'], ['Mercedes-Benz', 'A-Class'], ['Audi', 'A3'], ['Toyota', 'Yaris'], ['Kia', 'Sportage'],
  ['BMW', '1 Series'], ['Mini', 'Hatch'], ['Peugeot', '208'], ['Hyundai', 'Tucson'], ['Toyota', 'Corolla'], ['Skoda', 'Octavia'],
  ['Audi', 'A4'], ['Mercedes-Benz', 'C-Class'], ['Land Rover', 'Range Rover Evoque'], ['Honda', 'Civic'], ['Tesla', 'Model 3'],
  ['Ford', 'Transit'], ['Mercedes-Benz', 'Sprinter'], ['Renault', 'Clio'], ['Citroen', 'C3'], ['Seat', 'Leon'], ['Kia', 'Picanto'],
  ['Honda', 'CBR125R'], ['Yamaha', 'NMAX 125'],
];
const COLOURS = ['Black', 'White', 'Silver', 'Grey', 'Blue', 'Red', 'Green', 'Orange', 'Yellow', 'Brown', 'Purple'];

const PHONES: readonly (readonly [string, string])[] = [
  ['Apple', 'iPhone 13'], ['Samsung', 'Galaxy A14'], ['Apple', 'iPhone 14'], ['Samsung', 'Galaxy S23'], ['Apple', 'iPhone 11'],
  ['Google', 'Pixel 7'], ['Motorola', 'Moto G54'], ['Samsung', 'Galaxy A54'], ['Nokia', '105'], ['Alcatel', '1066'], ['Apple', 'iPhone 15'],
];

const WEAPONS = [
  'Kitchen knife, 20 cm blade', 'Lock knife', 'Zombie knife', 'Machete', 'Baseball bat', 'Knuckleduster', 'Imitation firearm (BB pistol)',
  'Sharpened screwdriver', 'Claw hammer', 'CS spray canister', 'Flick knife', 'Samurai sword', 'Hunting knife', 'Extendable baton',
];

type PropertySpec = { item: string; makes: readonly (readonly [string, string])[]; serial: boolean };
const PROPERTY: readonly PropertySpec[] = [
  { item: 'Bicycle', makes: [['Carrera', 'Vengeance'], ['Specialized', 'Rockhopper'], ['Trek', 'Marlin 5'], ['Boardman', 'MTB 8.6'], ['Giant', 'Talon'], ['Raleigh', 'Pioneer']], serial: true },
  { item: 'Laptop', makes: [['Apple', 'MacBook Air'], ['Dell', 'XPS 13'], ['Lenovo', 'ThinkPad T14'], ['HP', 'Pavilion 15']], serial: true },
  { item: 'Watch', makes: [['Rolex', 'Submariner'], ['Omega', 'Seamaster'], ['Apple', 'Watch Series 8'], ['Seiko', '5 Sports']], serial: true },
  { item: 'Power drill', makes: [['Makita', 'DHP482'], ['DeWalt', 'DCD796'], ['Bosch', 'GSB 18V']], serial: true },
  { item: 'Games console', makes: [['Sony', 'PlayStation 5'], ['Microsoft', 'Xbox Series X'], ['Nintendo', 'Switch']], serial: true },
  { item: 'Gold chain', makes: [], serial: false },
  { item: 'Diamond ring', makes: [], serial: false },
  { item: 'Handbag', makes: [['Michael Kors', 'Jet Set'], ['Mulberry', 'Bayswater']], serial: false },
];

const SERIAL_ALPHABET = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';

const empty = { vrm: null, make: null, model: null, colour: null, serialNumber: null, description: null };

export function drawVehicle(random: Random, currentYear: number): ObjectDraft {
  const [make, model] = random.pickSkewed(VEHICLES);
  return { ...empty, kind: 'vehicle', vrm: vrm(random, currentYear - 18, currentYear), make, model, colour: random.pickSkewed(COLOURS) };
}

export function drawPhone(random: Random): ObjectDraft {
  const [make, model] = random.pick(PHONES);
  return { ...empty, kind: 'phone', make, model, colour: random.pick(COLOURS.slice(0, 5)), serialNumber: imei(random), description: 'Mobile phone' };
}

export function drawWeapon(random: Random): ObjectDraft {
  return { ...empty, kind: 'weapon', description: random.pick(WEAPONS) };
}

export function drawProperty(random: Random): ObjectDraft {
  const spec = random.pick(PROPERTY);
  const maker = spec.makes.length ? random.pick(spec.makes) : null;
  return {
    ...empty,
    kind: 'property',
    make: maker?.[0] ?? null,
    model: maker?.[1] ?? null,
    colour: random.pick(COLOURS),
    serialNumber: spec.serial ? random.letters(3, SERIAL_ALPHABET.slice(0, 23)) + random.letters(9, SERIAL_ALPHABET) : null,
    description: spec.item,
  };
}
