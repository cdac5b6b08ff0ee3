/**
 * The compact track data. `/einarbeitung/daten.json` carries every track without answers for
 * the overview, the report and the start page (fetched only when a reader has progress); a
 * track page carries its own slimmer data (`TrackPagePayload`) in a JSON island. Built once at
 * build time by build-data.ts; read in the browser by src/client/tracks-*.ts and by status.ts.
 */
import type { VersionedKind } from '../model/types.ts';

/** What progress and 'neu lesen' need of a document to read. */
export interface ReadRef {
  /** Key in the stored progress: the document's reference, with `@v<N>` when pinned. */
  key: string;
  /** For checklists and guidelines: what 'neu lesen' needs. */
  versioned?: {
    kind: VersionedKind;
    slug: string;
    /** Pinned version (`@v<N>`): the reader reads exactly this one, never 'neu lesen'. */
    pin?: number;
    /** Every version in order (index 0 = v1): `[validFrom, 1 = major | 0 = minor]`. */
    versions: [string, 0 | 1][];
  };
}

export interface ReadItem extends ReadRef {
  title: string;
  /** Document type in German (Checkliste, Leitfaden, …). */
  type: string;
  url: string;
  /** Estimated reading time of the version to read, whole minutes (≥ 1). */
  minutes: number;
}

export interface TaskItem {
  id: string;
  text: string;
}

export interface QuizItem {
  id: string;
  question: string;
  /** Only on the track page itself (answer and explanation are shown after answering). */
  options?: string[];
  answer?: number;
  explanation?: string;
}

export interface ModuleData {
  id: string;
  title: string;
  week: number;
  read: ReadItem[];
  tasks: TaskItem[];
  quiz: QuizItem[];
}

export interface TrackData {
  slug: string;
  title: string;
  url: string;
  weeks: number;
  teams: string[];
  /** Plan weeks before this track's week 1 (the tracks it comes `after`, src/tracks/order.ts); 0 or absent for a first track. */
  offset?: number;
  /** The track this one builds on (`after`), when there is one. */
  after?: { slug: string; title: string; url: string };
  modules: ModuleData[];
}

export interface TracksPayload {
  /** Build date: the browser never judges validity as of an earlier day than the build. */
  buildDate: string;
  tracks: TrackData[];
}

/**
 * A track page's own data (`<script type="application/json" data-track-data>` in its head):
 * only what its script needs. Titles, task texts, questions and options are in the page's HTML
 * already; the answer and explanation of each question enter the page text only after answering.
 */
export interface TrackPagePayload {
  /** Build date, as in TracksPayload. */
  buildDate: string;
  track: {
    slug: string;
    weeks: number;
    /** As TrackData.offset. */
    offset?: number;
    modules: {
      id: string;
      /** For the spoken confirmation "Gespeichert. Modul „…“: 3 von 7 erledigt." */
      title: string;
      read: ReadRef[];
      tasks: { id: string }[];
      quiz: { id: string; answer: number; explanation: string }[];
    }[];
  };
}
