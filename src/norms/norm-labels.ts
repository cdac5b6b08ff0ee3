/** German labels for the Normen-Register pages. */
import type { CitedVia, CiterKind } from './norm-register.ts';

const KIND: Record<CiterKind, string> = {
  checklist: 'Checkliste',
  guideline: 'Leitfaden',
  briefing: 'Rechtsänderung',
  track: 'Einarbeitungspfad',
  glossary: 'Glossar',
};
const VIA: Record<CitedVia, string> = { legalBasis: 'als Rechtsgrundlage', text: 'im Text' };

export function citerKindLabel(kind: CiterKind): string {
  return KIND[kind];
}

export function citedViaLabel(via: readonly CitedVia[]): string {
  return via.map((v) => VIA[v]).join(' und ');
}

export function documentCount(n: number): string {
  return n === 1 ? '1 Dokument' : `${n} Dokumente`;
}

/** Dative, as in "in 6 Dokumenten". */
export function documentCountDative(n: number): string {
  return n === 1 ? '1 Dokument' : `${n} Dokumenten`;
}
