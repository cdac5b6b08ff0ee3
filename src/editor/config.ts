/**
 * The Decap CMS configuration of /redaktion/editor/, generated from the kinds registry, the zod
 * schemas and the content set, so the editor cannot drift from `npm run check`. One generator
 * for both modes: `npm run redaktion` (proxy backend on the local working copy) and production
 * (the office's GitLab with editorial workflow: every change is a merge request).
 */
import { KINDS, folderPath, type KindInfo } from '../kinds/registry.ts';
import type { ContentSet } from '../model/types.ts';
import { glossarySchema } from '../schemas/registries.ts';
import type { SchemaContext } from '../schemas/fields.ts';
import { fieldsFor, type DecapField, type FieldChoices, type Option } from './fields.ts';
import { schemaOf } from '../kinds/schemas.ts';

export type EditorBackend = { mode: 'proxy'; proxyUrl: string } | { mode: 'gitlab'; repo: string; baseUrl: string; appId: string; branch: string };

/** Editor-only fields of versioned kinds: they name the file (`<slug>/v<N>.mdx`) and are never written into it. */
export const PATH_FIELDS = ['docSlug', 'version'] as const;

export function fieldChoices(content: ContentSet): FieldChoices {
  const docs = [...content.checklists, ...content.guidelines];
  const label = (title: string, ref: string) => `${title} (${ref})`;
  const documents: Option[] = docs
    .map((d) => ({ value: d.ref, label: label(d.versions.at(-1)?.data.title ?? d.slug, d.ref) }))
    .sort((a, b) => a.label.localeCompare(b.label, 'de'));
  const briefingRefs = content.briefings.map((b) => ({ value: b.ref, label: label(b.data.title, b.ref) })).sort((a, b) => a.label.localeCompare(b.label, 'de'));
  const trackRefs = content.tracks.map((t) => ({ value: t.ref, label: label(t.data.title, t.ref) }));
  return {
    teams: content.teams.map((t) => ({ value: t.id, label: t.name })),
    documents,
    briefingRefs,
    briefingSlugs: content.briefings.map((b) => ({ value: b.slug, label: `${b.data.title} (${b.slug})` })).sort((a, b) => a.label.localeCompare(b.label, 'de')),
    trackRefs,
    allRefs: [...documents, ...briefingRefs, ...trackRefs],
  };
}

const BODY: DecapField = {
  name: 'body',
  label: 'Text',
  widget: 'text',
  required: true,
  hint: 'Der Text der Seite in Markdown. Checklisten: „## Abschnitt“ und Punkte als „- [ ] …“; eingerückte Zeilen sind Hinweise zum Punkt.',
};

function kindCollection(k: KindInfo, ctx: SchemaContext, choices: FieldChoices): Record<string, unknown> {
  const fields = fieldsFor(schemaOf(k.id)(ctx), choices);
  const slugField: DecapField = {
    name: 'docSlug',
    label: 'Kurzname in der Adresse (Slug)',
    widget: 'string',
    pattern: ['^[a-z0-9]+(-[a-z0-9]+)*$', 'nur Kleinbuchstaben, Ziffern und Bindestriche; Umlaute als ae, oe, ue, ss'],
    required: false,
    hint: `Nur für ein neues Dokument: wird Teil der Adresse ${k.urlSection}<slug>/ und lässt sich später nicht ändern. Bei vorhandenen Dokumenten und neuen Fassungen leer lassen.`,
  };
  const common = {
    name: k.refPrefix,
    label: k.plural,
    label_singular: k.label,
    folder: folderPath(k),
    extension: 'mdx',
    format: `lotse-mdx-${k.refPrefix}`,
    create: true,
    delete: false,
    identifier_field: 'title',
    slug: '{{fields.docSlug}}',
    sortable_fields: ['title'],
  };
  if (k.versioned) {
    return {
      ...common,
      // Not {{fields.version}}: Decap turns the dot of a path template into a dash (prepareSlug).
      path: '{{slug}}/v{{version}}',
      summary: '{{title}} – Fassung {{filename}} ({{dirname}})',
      fields: [slugField, { name: 'version', label: 'Fassung', widget: 'lotse-version', required: false, default: 1 }, ...fields, BODY],
    };
  }
  // A briefing offers its affected documents for new versions (widgets.ts); never written into the file.
  const withOffer =
    k.id === 'briefing'
      ? fields.flatMap((f) =>
          f.name === 'affects'
            ? [f, { name: 'lotseAffected', label: 'Neue Fassungen der betroffenen Dokumente', widget: 'lotse-affected', required: false } satisfies DecapField]
            : [f],
        )
      : fields;
  return { ...common, summary: '{{title}} ({{filename}})', fields: [slugField, ...withOffer, BODY] };
}

export function editorConfig(content: ContentSet, ctx: SchemaContext, backend: EditorBackend): Record<string, unknown> {
  const choices = fieldChoices(content);
  const glossaryFields = fieldsFor(glossarySchema(ctx).element, choices);
  const collections = [
    ...KINDS.map((k) => kindCollection(k, ctx, choices)),
    {
      name: 'glossar',
      label: 'Glossar',
      delete: false,
      // Decap takes the format of a file collection from the collection, not from the file.
      format: 'lotse-glossary',
      extension: 'yaml',
      files: [
        {
          name: 'glossar',
          label: 'Glossar',
          file: 'content/glossary.yaml',
          fields: [{ name: 'entries', label: 'Einträge', label_singular: 'Eintrag', widget: 'list', summary: '{{fields.term}}', fields: glossaryFields }],
        },
      ],
    },
  ];
  const backendConfig =
    backend.mode === 'proxy'
      ? { name: 'proxy', proxy_url: backend.proxyUrl, branch: 'main' }
      : {
          name: 'gitlab',
          repo: backend.repo,
          branch: backend.branch,
          auth_type: 'pkce',
          app_id: backend.appId,
          base_url: backend.baseUrl,
          api_root: `${backend.baseUrl}/api/v4`,
          auth_endpoint: 'oauth/authorize',
        };
  return {
    load_config_file: false,
    locale: 'de',
    backend: backendConfig,
    // The proxy writes straight into the working copy; GitLab: every change is a merge request
    // that a second person approves (four-eyes), see deploy/README.md.
    ...(backend.mode === 'gitlab' ? { publish_mode: 'editorial_workflow' } : {}),
    media_folder: 'public/media',
    public_folder: '/media',
    site_url: '/',
    show_preview_links: false,
    editor: { preview: true },
    collections,
  };
}
