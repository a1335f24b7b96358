import type { EthnicityCode } from '../platform/pole/reference/catalogue.js';
import * as names from './names.js';
import type { NameStock } from './names.js';
import { weighted, type Random, type Weighted } from './random.js';

/** An ONS 2011 18+1 code other than NS (not stated). */
export type StatedCode = Exclude<EthnicityCode, 'NS'>;

/** Share of records where the person did not state their ethnicity. */
export const NOT_STATED_SHARE = 0.07;

/**
 * Population mixes (per cent), approximating the 2021 census: the county's rural and suburban districts,
 * its more diverse towns, and the two Bedfordshire towns. Hertfordshire as a whole comes to about 18% BME.
 */
const PROFILES = {
  county: { W1: 76, W2: 1.3, W3: 0.2, W9: 5.5, M1: 0.9, M2: 0.4, M3: 0.9, M9: 0.7, A1: 3, A2: 0.6, A3: 0.5, A4: 0.8, A9: 1.8, B1: 0.6, B2: 1.6, B9: 0.3, O2: 0.2, O9: 0.9 },
  urban: { W1: 63, W2: 1.3, W3: 0.3, W9: 9, M1: 1.4, M2: 0.7, M3: 1, M9: 1, A1: 4.5, A2: 3, A3: 1, A4: 1.2, A9: 3, B1: 1.1, B2: 4.5, B9: 0.6, O2: 0.5, O9: 2 },
  bedford: { W1: 64, W2: 1.2, W3: 0.4, W9: 9, M1: 1.8, M2: 0.6, M3: 1, M9: 1, A1: 6, A2: 3, A3: 2.5, A4: 0.7, A9: 2, B1: 2, B2: 2.5, B9: 0.6, O2: 0.4, O9: 1.3 },
  luton: { W1: 32, W2: 1.5, W3: 0.3, W9: 8, M1: 2, M2: 0.7, M3: 1, M9: 1.3, A1: 5, A2: 23, A3: 6.5, A4: 0.8, A9: 3, B1: 3.5, B2: 6, B9: 1, O2: 0.7, O9: 2 },
} satisfies Record<string, Record<StatedCode, number>>;

type Profile = keyof typeof PROFILES;

const DISTRICT_PROFILES: Record<string, Profile> = {
  WAT: 'urban', STE: 'urban', WEL: 'urban', HSM: 'urban', BRO: 'urban', BED: 'bedford', LUT: 'luton',
};

const PROFILE_TABLES = Object.fromEntries(
  Object.entries(PROFILES).map(([name, mix]) => [name, weighted(Object.entries(mix) as [StatedCode, number][])]),
) as Record<Profile, Weighted<StatedCode>>;

/** The ethnicity a person really has in the district, before deciding whether it was stated. */
export function pickEthnicity(random: Random, districtCode: string): StatedCode {
  return random.choose(PROFILE_TABLES[DISTRICT_PROFILES[districtCode] ?? 'county']);
}

export type Origin = { forenames: NameStock; surnames: NameStock };

const o = (forenames: NameStock, surnames: NameStock, weight: number) => [{ forenames, surnames }, weight] as const;

/** Where forenames and surnames come from, by ethnicity; mixed heritage draws each from a different stock. */
const ORIGINS: Record<StatedCode, Weighted<Origin>> = {
  W1: weighted([o(names.english, names.english, 1)]),
  W2: weighted([o(names.irish, names.irish, 80), o(names.english, names.irish, 20)]),
  W3: weighted([o(names.traveller, names.traveller, 1)]),
  W9: weighted([
    o(names.polish, names.polish, 40), o(names.romanian, names.romanian, 22), o(names.southernEuropean, names.southernEuropean, 15),
    o(names.greekCypriot, names.greekCypriot, 13), o(names.turkish, names.turkish, 10),
  ]),
  M1: weighted([o(names.english, names.caribbean, 40), o(names.caribbean, names.english, 20), o(names.english, names.english, 25), o(names.caribbean, names.caribbean, 15)]),
  M2: weighted([o(names.english, names.nigerian, 25), o(names.nigerian, names.english, 15), o(names.english, names.ghanaian, 15), o(names.english, names.english, 35), o(names.ghanaian, names.english, 10)]),
  M3: weighted([
    o(names.english, names.indian, 20), o(names.english, names.pakistani, 15), o(names.pakistani, names.english, 10), o(names.english, names.english, 35),
    o(names.indian, names.english, 10), o(names.english, names.chinese, 10),
  ]),
  M9: weighted([
    o(names.english, names.southernEuropean, 20), o(names.english, names.arab, 15), o(names.caribbean, names.indian, 10), o(names.english, names.english, 30),
    o(names.english, names.latinAmerican, 10), o(names.english, names.turkish, 15),
  ]),
  A1: weighted([o(names.indian, names.indian, 65), o(names.sikh, names.sikh, 35)]),
  A2: weighted([o(names.pakistani, names.pakistani, 1)]),
  A3: weighted([o(names.bangladeshi, names.bangladeshi, 1)]),
  A4: weighted([o(names.chinese, names.chinese, 1)]),
  A9: weighted([o(names.sriLankan, names.sriLankan, 35), o(names.filipino, names.filipino, 25), o(names.nepali, names.nepali, 20), o(names.afghan, names.afghan, 20)]),
  B1: weighted([o(names.caribbean, names.caribbean, 1)]),
  B2: weighted([
    o(names.nigerian, names.nigerian, 45), o(names.ghanaian, names.ghanaian, 20), o(names.somali, names.somali, 15),
    o(names.southernAfrican, names.southernAfrican, 12), o(names.english, names.nigerian, 8),
  ]),
  B9: weighted([o(names.caribbean, names.caribbean, 40), o(names.nigerian, names.nigerian, 30), o(names.english, names.ghanaian, 30)]),
  O2: weighted([o(names.arab, names.arab, 1)]),
  O9: weighted([
    o(names.turkish, names.turkish, 35), o(names.iranian, names.iranian, 25), o(names.latinAmerican, names.latinAmerican, 15),
    o(names.arab, names.arab, 10), o(names.afghan, names.afghan, 15),
  ]),
};

export function pickOrigin(random: Random, code: StatedCode): Origin {
  return random.choose(ORIGINS[code]);
}
