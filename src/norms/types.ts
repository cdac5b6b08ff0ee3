/** Types shared by the citation parser, the norm data and the link builders. */

/** How a law numbers its provisions: paragraphs (§) or articles (Art.). */
export type Unit = '§' | 'Art.';

/** One entry of content/laws.yaml, as far as citations need it. */
export interface LawRef {
  /** Abbreviation exactly as written in citations: "AufenthG", "SGB II", "FreizügG/EU". */
  abbr: string;
  /** Path segment on gesetze-im-internet.de: "aufenthg_2004". */
  slug: string;
  unit: Unit;
}

/**
 * One cited provision, e.g. § 10 Abs. 1 Satz 1 Nr. 3 StAG.
 * Sub-unit values are strings because they carry letters ("2c") or, for a
 * range that cannot be enumerated, the range itself ("2 bis 2c").
 */
export interface Provision {
  /** Law abbreviation from laws.yaml. */
  law: string;
  unit: Unit;
  /** "81", "60a". */
  paragraph: string;
  /** Last paragraph of a range that cannot be enumerated: §§ 240 bis 279a → paragraph "240", paragraphTo "279a". */
  paragraphTo?: string;
  absatz?: string;
  satz?: string;
  halbsatz?: string;
  nummer?: string;
  buchstabe?: string;
  alternative?: string;
  /** "§ 8 f." (and the next one) or "§ 8 ff." (and the following ones). */
  following?: 'f.' | 'ff.';
}

/** A citation found in text: the exact source slice and what it cites. */
export interface Citation {
  raw: string;
  /** Offsets into the searched text, end exclusive. */
  start: number;
  end: number;
  provisions: Provision[];
}

/** A provision typed into the search box; the law may be left out ("§ 60a Abs. 2"). */
export type QueryProvision = Omit<Provision, 'law'> & { law?: string };
