/**
 * The zod schema of each document kind's frontmatter (the registry in ./registry.ts names the
 * kinds; this module adds their schemas for the checker and the editor, server side and in the
 * editor's bundle, never in the site's page scripts).
 */
import { briefingSchema } from '../schemas/briefing.ts';
import type { SchemaContext } from '../schemas/fields.ts';
import { trackSchema } from '../schemas/track.ts';
import { versionedSchema } from '../schemas/versioned.ts';
import type { KindId } from './registry.ts';

export type KindSchema = (ctx: SchemaContext) => ReturnType<typeof versionedSchema> | ReturnType<typeof briefingSchema> | ReturnType<typeof trackSchema>;

const SCHEMAS: Record<KindId, KindSchema> = {
  checklist: versionedSchema,
  guideline: versionedSchema,
  briefing: briefingSchema,
  track: trackSchema,
};

/** The schema of one file of the kind. */
export function schemaOf(id: KindId): KindSchema {
  return SCHEMAS[id];
}
