/**
 * The compact data a track page carries for its client scripts (in `data-track` attributes)
 * and `/einarbeitung/daten.json` carries for the start page. Built once at build time by
 * build-data.ts; read in the browser by src/client/tracks-*.ts and by status.ts.
 */
import type { VersionedKind } from '../model/types.ts';

export interface ReadItem {
  /** Key in the stored progress: the document's reference, with `@v<N>` when pinned. */
  key: string;
  title: string;
  /** Document type in German (Checkliste, Leitfaden, …). */
  type: string;
  url: string;
  /** Estimated reading time of the version to read, whole minutes (≥ 1). */
  minutes: number;
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
  modules: ModuleData[];
}

export interface TracksPayload {
  /** Build date: the browser never judges validity as of an earlier day than the build. */
  buildDate: string;
  tracks: TrackData[];
}
