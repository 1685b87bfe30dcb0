import type { CountryCode, IsoDate } from '../core/types.js';

/**
 * The knowledge base as the pipeline sees it. Records mirror the files in
 * data/ (see data/README.md); ids are stable strings such as `person:sergey-lavrov`.
 */
export interface Role {
  /** Lower-case title: "president", "foreign minister", "prime minister", "ambassador", "secretary-general", "spokesperson"... */
  title: string;
  /** Country code, or an organization id for posts in an organization (`org:sco`). */
  of: string;
  /** For ambassadors: the country they are posted to. */
  to_country?: CountryCode;
  from?: IsoDate;
  /** Open (absent) while the role is held. */
  to?: IsoDate;
}

export interface Person {
  id: string;
  name: string;
  aliases: string[];
  gender?: 'm' | 'f';
  country: CountryCode;
  roles: Role[];
}

export interface Organization {
  id: string;
  name: string;
  acronym?: string;
  aliases: string[];
  /** igo | ministry | government | party | armed-group | news-agency | company | ngo | legislature | court | other */
  kind: string;
  country?: CountryCode;
  members?: { country: CountryCode; from?: IsoDate; to?: IsoDate }[];
}

export interface Country {
  code: CountryCode;
  name: string;
  /** Other names and short forms: "U.S.", "United States of America", "Russian Federation". */
  aliases: string[];
  /** Adjectives and demonyms: "Chinese", "Sino", "Russian", "Russians". */
  adjectives: string[];
  capital?: string;
  /** Seats used as metonyms for the government: "the Kremlin", "the White House", "Zhongnanhai". */
  seats?: string[];
}

export interface City {
  id: string;
  name: string;
  aliases: string[];
  country: CountryCode;
  lat: number;
  lon: number;
  population?: number;
  /** 'region' for areas named like places in the news (Xinjiang, Crimea), 'venue' for sites; absent for cities. */
  kind?: 'city' | 'region' | 'venue';
  /** The name is also a common word or first name ("Nice", "Reading", "Victoria"): matched only mid-sentence, and flagged. */
  ambiguous?: boolean;
}

export interface Gathering {
  id: string;
  /** Organization id or series name (`org:sco`). */
  org: string;
  /** "SCO Council of Foreign Ministers", "BRICS summit". */
  series: string;
  /** The two countries of a bilateral series ("US-Russia summit"): its editions are talks of the two, no multilateral gathering. */
  sides?: CountryCode[];
  name: string;
  level: 'summit' | 'ministerial' | 'other';
  city?: string;
  country?: CountryCode;
  start?: IsoDate;
  end?: IsoDate;
  year: number;
  aliases?: string[];
  /** True for a gathering announced but not yet held when the data was written. */
  planned?: boolean;
}

export interface Anniversary {
  id: string;
  /** What is counted from: "establishment of diplomatic relations between China and Russia". */
  what: string;
  /** Phrases that name it in text, lower case: "diplomatic relations". */
  keys: string[];
  date: IsoDate;
  countries?: CountryCode[];
  org?: string;
}

export type EntityKind = 'person' | 'organization' | 'country' | 'city' | 'gathering';

/** One knowledge-base alias found in a text. */
export interface KbMatch {
  start: number;
  end: number;
  kind: EntityKind;
  id: string;
  /** The alias matched, as written in the data. */
  alias: string;
  /** 'adjective' when a country matched by its adjective or demonym; 'seat' for a metonym. */
  form?: 'name' | 'adjective' | 'seat' | 'capital';
  /** The entity's country when it has one (a person's, a city's, an organization's). */
  country?: CountryCode;
  /** The surface is also a common word or first name ("Chad", "Jordan", "Nice"): needs context. */
  ambiguous?: true;
  /** Every entity the surface could name, most salient first, when there is more than one. */
  candidates?: string[];
}

export interface KbStats {
  people: number;
  roles: number;
  organizations: number;
  countries: number;
  cities: number;
  gatherings: number;
  anniversaries: number;
}

export interface KnowledgeBase {
  readonly people: readonly Person[];
  readonly organizations: readonly Organization[];
  readonly countries: readonly Country[];
  readonly cities: readonly City[];
  readonly gatherings: readonly Gathering[];
  readonly anniversaries: readonly Anniversary[];

  /** All alias matches in a text, at word boundaries, longest first and non-overlapping, with case rules applied. */
  match(text: string): KbMatch[];

  person(id: string): Person | undefined;
  organization(id: string): Organization | undefined;
  country(code: string): Country | undefined;
  city(id: string): City | undefined;
  gathering(id: string): Gathering | undefined;
  /** A city by one of its names, the most populous when ambiguous, optionally within a country. */
  cityByName(name: string, country?: CountryCode): City | undefined;
  /**
   * Every entity one of whose names folds to `name` (case, diacritics and
   * hyphens ignored, no case rules), most salient first: for resolving a name
   * found some other way, or typed by a person.
   */
  entitiesNamed(name: string): KbMatch[];
  /** A country by name, alias or adjective ("Chinese" → CN). */
  countryByName(name: string): Country | undefined;
  /** Roles a person held on a date (all roles when date is null). */
  roleOn(personId: string, date: IsoDate | null): Role[];
  /** Who held a title for a country or organization on a date ("foreign minister", "CN", "2022-07-28"). */
  holderOf(title: string, of: string, date: IsoDate | null): Person[];
  gatheringsAt(query: { org?: string; city?: string; country?: CountryCode; year?: number; level?: Gathering['level'] }): Gathering[];
  /** The anniversary a phrase counts from ("diplomatic relations between China and Russia"). */
  anniversaryOf(text: string, countries?: CountryCode[]): Anniversary | undefined;
  stats(): KbStats;
}
