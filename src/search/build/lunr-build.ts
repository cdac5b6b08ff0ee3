/**
 * Builds a lunr 2.3.9 index — the same serialized index lunr.Builder produces
 * (tests/unit/search-lunr-build.test.ts compares both) — in a fraction of the time, for
 * corpora of tens of thousands of passages:
 *
 * - every distinct raw token goes through the lunr pipeline once (all functions of the German
 *   pipeline look at one token at a time, so the result per token never changes);
 * - term counts are kept per field and document, as lunr.Builder keeps them, and the field
 *   vectors are scored with lunr's BM25 (k1 = 1.2, b = 0.75, idf as lunr.idf).
 *
 * It also keeps, for related documents, each document's term frequencies and each term's
 * document frequency.
 *
 * With `compact` the serialized index is smaller and searches exactly as the plain one (same
 * results, same scores; tests/unit/search-lunr.test.ts): terms are numbered by how often they
 * occur, so that the numbers repeated in the field vectors are short, and empty field vectors
 * (a passage without heading or title) are left out — lunr looks up a field vector only for
 * the fields a query term was found in (for purely negative queries: every vector there is).
 */
import type lunrType from 'lunr';

export interface FieldSpec {
  name: string;
  boost: number;
}

export interface BuildOptions {
  /** Shorter term numbers and no empty field vectors (see above). */
  compact?: boolean;
}

export interface BuiltIndex {
  /** Exactly what lunr.Index#toJSON() returns for the same input (with `compact`: equivalent). */
  json: object;
  /** Term → frequency, all fields of one document together. */
  termsOf(ref: string): Map<string, number>;
  /** Number of documents with the term in at least one field. */
  documentFrequency(term: string): number;
  /** Documents (refs) containing the term in any field. */
  postings(term: string): string[];
}

type Obj<T> = Record<string, T>;

const K1 = 1.2;
const B = 0.75;

/** lunr.tokenizer: lowercase, split at whitespace and hyphens. */
export function lunrTokens(text: unknown): string[] {
  if (text === null || text === undefined) return [];
  return String(text)
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((t) => t.length > 0);
}

/**
 * Adds documents one at a time (so that a caller can let other work run in between) and
 * builds the index at the end.
 */
export class LunrIndexBuilder {
  private readonly lunr: typeof lunrType;
  private readonly pipeline: lunrType.Pipeline;
  private readonly searchPipeline: lunrType.Pipeline;
  private readonly fields: readonly FieldSpec[];
  private readonly analysed = new Map<string, string[]>();
  private readonly inverted: Obj<Obj<number | Obj<Obj<never>>>> = Object.create(null);
  private readonly fieldRefs: { key: string; field: FieldSpec; ref: string; terms: Obj<number>; length: number }[] = [];
  private readonly compact: boolean;
  private termIndex = 0;
  private documentCount = 0;

  constructor(lunr: typeof lunrType, pipeline: lunrType.Pipeline, searchPipeline: lunrType.Pipeline, fields: readonly FieldSpec[], options: BuildOptions = {}) {
    this.lunr = lunr;
    this.pipeline = pipeline;
    this.searchPipeline = searchPipeline;
    this.fields = fields;
    this.compact = options.compact ?? false;
  }

  private analyse(raw: string): string[] {
    let terms = this.analysed.get(raw);
    if (!terms) {
      terms = this.pipeline.run([new this.lunr.Token(raw, {})]).map((t) => t.toString());
      this.analysed.set(raw, terms);
    }
    return terms;
  }

  add(doc: { ref: string; fields: Obj<string> }): void {
    const { inverted, fields } = this;
    this.documentCount += 1;
    for (const field of fields) {
      const terms: Obj<number> = Object.create(null);
      let length = 0;
      for (const raw of lunrTokens(doc.fields[field.name])) {
        for (const term of this.analyse(raw)) {
          length += 1;
          terms[term] = (terms[term] ?? 0) + 1;
          let posting = inverted[term];
          if (posting === undefined) {
            posting = Object.create(null) as Obj<number | Obj<Obj<never>>>;
            posting._index = this.termIndex;
            this.termIndex += 1;
            for (const f of fields) posting[f.name] = Object.create(null);
            inverted[term] = posting;
          }
          const byRef = posting[field.name] as Obj<Obj<never>>;
          if (byRef[doc.ref] === undefined) byRef[doc.ref] = Object.create(null);
        }
      }
      this.fieldRefs.push({ key: `${field.name}/${doc.ref}`, field, ref: doc.ref, terms, length });
    }
  }

  build(): BuiltIndex {
    const { inverted, fields, fieldRefs, documentCount } = this;
    const average = new Map<string, number>();
    const sums = new Map<string, [number, number]>();
    for (const f of fieldRefs) {
      const s = sums.get(f.field.name) ?? [0, 0];
      s[0] += f.length;
      s[1] += 1;
      sums.set(f.field.name, s);
    }
    for (const field of fields) {
      const [sum, n] = sums.get(field.name) ?? [0, 0];
      average.set(field.name, sum / n);
    }
    if (this.compact) renumberByFrequency(inverted, fields);
    const idfs = new Map<string, number>();
    const idf = (term: string): number => {
      let value = idfs.get(term);
      if (value === undefined) {
        let withTerm = 0;
        const posting = inverted[term];
        for (const name in posting) if (name !== '_index') withTerm += Object.keys(posting[name] as object).length;
        const x = (documentCount - withTerm + 0.5) / (withTerm + 0.5);
        value = Math.log(1 + Math.abs(x));
        idfs.set(term, value);
      }
      return value;
    };
    let fieldVectors: [string, number[]][] = fieldRefs.map((f) => {
      const avg = average.get(f.field.name) as number;
      const elements: [number, number][] = [];
      for (const term of Object.keys(f.terms)) {
        const tf = f.terms[term];
        let score = (idf(term) * ((K1 + 1) * tf)) / (K1 * (1 - B + B * (f.length / avg)) + tf);
        score *= f.field.boost || 1;
        elements.push([inverted[term]._index as number, Math.round(score * 1000) / 1000]);
      }
      elements.sort((a, b) => a[0] - b[0]);
      return [f.key, elements.flat()];
    });
    if (this.compact) fieldVectors = withoutEmptyVectors(fieldVectors, fields.length);

    const perDoc = new Map<string, Map<string, number>>();
    for (const f of fieldRefs) {
      let m = perDoc.get(f.ref);
      if (!m) perDoc.set(f.ref, (m = new Map()));
      for (const term of Object.keys(f.terms)) m.set(term, (m.get(term) ?? 0) + f.terms[term]);
    }
    const postingCache = new Map<string, string[]>();
    const refsOf = (term: string): string[] => {
      let refs = postingCache.get(term);
      if (!refs) {
        const posting = inverted[term];
        const set = new Set<string>();
        if (posting) for (const f of fields) for (const ref of Object.keys(posting[f.name] as object)) set.add(ref);
        refs = [...set];
        postingCache.set(term, refs);
      }
      return refs;
    };
    return {
      json: {
        version: this.lunr.version,
        fields: fields.map((f) => f.name),
        fieldVectors,
        invertedIndex: Object.keys(inverted)
          .sort()
          .map((term) => [term, inverted[term]]),
        pipeline: this.searchPipeline.toJSON(),
      },
      termsOf: (ref) => perDoc.get(ref) ?? new Map(),
      documentFrequency: (term) => refsOf(term).length,
      postings: refsOf,
    };
  }
}

/** Term numbers by frequency (number of field vectors with the term), most frequent first. */
function renumberByFrequency(inverted: Obj<Obj<number | Obj<Obj<never>>>>, fields: readonly FieldSpec[]): void {
  const count = (term: string) => fields.reduce((n, f) => n + Object.keys(inverted[term][f.name] as object).length, 0);
  const terms = Object.keys(inverted).map((term) => ({ term, n: count(term), first: inverted[term]._index as number }));
  terms.sort((a, b) => b.n - a.n || a.first - b.first);
  terms.forEach(({ term }, i) => {
    inverted[term]._index = i;
  });
}

/**
 * Leaves out empty field vectors. Every document keeps at least one vector (the last field's),
 * so that a purely negative query, which lists the documents from the field vectors, still
 * returns every document it should.
 */
function withoutEmptyVectors(vectors: [string, number[]][], perDocument: number): [string, number[]][] {
  // The builder adds the vectors document by document, one per field in field order.
  return vectors.filter(([, elements], i) => {
    if (elements.length > 0) return true;
    const start = i - (i % perDocument);
    return i === start + perDocument - 1 && vectors.slice(start, i).every(([, e]) => e.length === 0);
  });
}

export function buildLunrIndex(
  lunr: typeof lunrType,
  pipeline: lunrType.Pipeline,
  searchPipeline: lunrType.Pipeline,
  fields: readonly FieldSpec[],
  docs: Iterable<{ ref: string; fields: Obj<string> }>,
  options: BuildOptions = {},
): BuiltIndex {
  const builder = new LunrIndexBuilder(lunr, pipeline, searchPipeline, fields, options);
  for (const doc of docs) builder.add(doc);
  return builder.build();
}
