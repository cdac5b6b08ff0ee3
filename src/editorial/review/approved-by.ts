/**
 * „Freigegeben von“ (approvedBy) from the merge request's approval (four-eyes) in GitLab mode:
 * the pipeline job `freigabe` (deploy/gitlab-ci.example.yml) asks the GitLab API who approved the
 * merge request and writes that name into every version file the merge request adds or changes.
 * It refuses when nobody but the author approved. The frontmatter is written by the editor's
 * writer (src/editor/browser/format.ts): only the line of approvedBy changes, every other field
 * keeps its place and its quotes.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KINDS } from '../../kinds/registry.ts';
import { schemaOf } from '../../kinds/schemas.ts';
import { shapeOf } from '../../editor/fields.ts';
import { mdxFromFile, mdxToFile } from '../../editor/browser/format.ts';

export interface GitLabEnv {
  /** CI_API_V4_URL, e.g. https://gitlab.example.org/api/v4 */
  apiUrl: string;
  /** CI_PROJECT_ID */
  projectId: string;
  /** CI_MERGE_REQUEST_IID */
  mergeRequestIid: string;
  /** A token that may read the merge request (LOTSE_APPROVAL_TOKEN, scope read_api). */
  token: string;
}

type Fetch = (url: string, init: { headers: Record<string, string> }) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

interface GitLabUser {
  id: number;
  username: string;
  name: string;
}

export interface MergeRequestApproval {
  author: GitLabUser;
  /** Approvers other than the author, in the order GitLab lists them. */
  approvers: GitLabUser[];
  /** Paths the merge request adds or changes (deleted files left out). */
  changedFiles: string[];
}

/** A refusal with the German message the job prints (field, problem, fix). */
export class ApprovalError extends Error {}

export function gitLabEnv(env: Readonly<NodeJS.ProcessEnv>): GitLabEnv {
  const missing = ['CI_API_V4_URL', 'CI_PROJECT_ID', 'CI_MERGE_REQUEST_IID', 'LOTSE_APPROVAL_TOKEN'].filter((name) => !env[name]);
  if (missing.length > 0)
    throw new ApprovalError(
      `Freigabe: ${missing.join(', ')} ${missing.length === 1 ? 'fehlt' : 'fehlen'}. Fix: den Job nur in einer Merge-Request-Pipeline laufen lassen und LOTSE_APPROVAL_TOKEN (Projekt-Token, Rolle Developer, Scopes api und write_repository) unter Settings › CI/CD › Variables anlegen (deploy/README.md).`,
    );
  return {
    apiUrl: env.CI_API_V4_URL!.replace(/\/$/, ''),
    projectId: env.CI_PROJECT_ID!,
    mergeRequestIid: env.CI_MERGE_REQUEST_IID!,
    token: env.LOTSE_APPROVAL_TOKEN!,
  };
}

async function getJson(fetchImpl: Fetch, env: GitLabEnv, path: string): Promise<unknown> {
  const url = `${env.apiUrl}/projects/${encodeURIComponent(env.projectId)}/merge_requests/${encodeURIComponent(env.mergeRequestIid)}${path}`;
  const response = await fetchImpl(url, { headers: { 'PRIVATE-TOKEN': env.token } });
  if (!response.ok)
    throw new ApprovalError(
      `Freigabe: GitLab antwortet auf ${url} mit ${response.status}. Fix: LOTSE_APPROVAL_TOKEN prüfen (Scope api, Rolle mindestens Developer).`,
    );
  return response.json();
}

/** Author, approvers and changed files of the merge request, read from the GitLab API (v4). */
export async function readApproval(env: GitLabEnv, fetchImpl: Fetch = fetch as unknown as Fetch): Promise<MergeRequestApproval> {
  const mr = (await getJson(fetchImpl, env, '')) as { author: GitLabUser };
  const approvals = (await getJson(fetchImpl, env, '/approvals')) as { approved_by?: { user: GitLabUser }[] };
  const changedFiles: string[] = [];
  for (let page = 1; ; page++) {
    const diffs = (await getJson(fetchImpl, env, `/diffs?per_page=100&page=${page}`)) as { new_path: string; deleted_file: boolean }[];
    for (const d of diffs) if (!d.deleted_file) changedFiles.push(d.new_path);
    if (diffs.length < 100) break;
  }
  const approvers = (approvals.approved_by ?? []).map((a) => a.user).filter((u) => u.id !== mr.author.id);
  if (approvers.length === 0) {
    const self = (approvals.approved_by ?? []).length > 0;
    throw new ApprovalError(
      self
        ? `Freigegeben von (approvedBy) — der Merge Request ist nur von seiner Autorin/seinem Autor (${mr.author.name}) genehmigt. Fix: eine zweite Person genehmigt ihn in GitLab (Vier-Augen-Prinzip), dann den Job erneut starten.`
        : 'Freigegeben von (approvedBy) — der Merge Request ist noch nicht genehmigt. Fix: eine zweite Person genehmigt ihn in GitLab (Vier-Augen-Prinzip), dann den Job erneut starten.',
    );
  }
  return { author: mr.author, approvers, changedFiles };
}

/** The versioned kinds' folders and the field order of their schema (where approvedBy goes). */
function versionedKinds() {
  const ctx = { teamIds: [], checkCitation: () => undefined };
  // A missing approvedBy goes right after owner, as the content model's table and the seed files
  // have it (the schema lists validFrom and legalBasis between the two).
  const withApproval = (keys: string[]) => keys.filter((k) => k !== 'approvedBy').flatMap((k) => (k === 'owner' ? [k, 'approvedBy'] : [k]));
  return KINDS.filter((k) => k.versioned).map((k) => ({ prefix: `${k.folder.join('/')}/`, order: withApproval(Object.keys(shapeOf(schemaOf(k.id)(ctx)))) }));
}

/** The version files among `files` (`checklists/<slug>/v<N>.mdx`, `content/guidelines/<slug>/v<N>.mdx`). */
export function versionFiles(files: readonly string[]): { file: string; order: string[] }[] {
  const kinds = versionedKinds();
  const out: { file: string; order: string[] }[] = [];
  for (const file of files) {
    const kind = kinds.find((k) => file.startsWith(k.prefix) && /^[a-z0-9]+(?:-[a-z0-9]+)*\/v[1-9]\d*\.mdx$/.test(file.slice(k.prefix.length)));
    if (kind) out.push({ file, order: kind.order });
  }
  return out;
}

/** Writes `approvedBy: <name>` into the version files the merge request touches; returns the files changed. */
export function writeApprovedBy(root: string, approval: MergeRequestApproval): { name: string; written: string[]; unchanged: string[] } {
  const name = approval.approvers.map((u) => u.name).join(', ');
  const written: string[] = [];
  const unchanged: string[] = [];
  for (const { file, order } of versionFiles(approval.changedFiles)) {
    const abs = join(root, file);
    if (!existsSync(abs)) continue;
    const text = readFileSync(abs, 'utf8');
    const data = mdxFromFile(text);
    if (data.approvedBy === name) {
      unchanged.push(file);
      continue;
    }
    writeFileSync(abs, mdxToFile({ ...data, approvedBy: name }, order));
    written.push(file);
  }
  return { name, written, unchanged };
}
