/**
 * approvedBy from the merge request's approval (deploy/gitlab-ci.example.yml, job `freigabe`):
 * with a fake GitLab API (no network), the approver's name goes into exactly the version files
 * the merge request adds or changes, as one changed or added line, and the job refuses while
 * nobody but the author approved.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ApprovalError, gitLabEnv, readApproval, versionFiles, writeApprovedBy } from '../../src/editorial/review/approved-by.ts';
import { renderNewVersion } from '../../src/editorial/new/new-version.ts';

const repo = join(import.meta.dirname, '..', '..');
const env = gitLabEnv({
  CI_API_V4_URL: 'https://gitlab.behoerde.example/api/v4',
  CI_PROJECT_ID: '7',
  CI_MERGE_REQUEST_IID: '42',
  LOTSE_APPROVAL_TOKEN: 'glpat-test',
});
const author = { id: 11, username: 'mmuster', name: 'Maria Muster' };
const approver = { id: 12, username: 'kbeispiel', name: 'Karl Beispiel' };

/** A fake GitLab answering the three requests the job makes; records the URLs and the token header. */
function fakeGitLab(approvedBy: { id: number; username: string; name: string }[], diffs: { new_path: string; deleted_file: boolean }[]) {
  const calls: { url: string; token: string }[] = [];
  const fetchImpl = async (url: string, init: { headers: Record<string, string> }) => {
    calls.push({ url, token: init.headers['PRIVATE-TOKEN'] });
    const path = new URL(url).pathname;
    const body = path.endsWith('/merge_requests/42')
      ? { iid: 42, author }
      : path.endsWith('/approvals')
        ? { approved: approvedBy.length > 0, approved_by: approvedBy.map((user) => ({ user })) }
        : path.endsWith('/diffs')
          ? new URL(url).searchParams.get('page') === '1'
            ? diffs
            : []
          : undefined;
    return { ok: body !== undefined, status: body ? 200 : 404, json: async () => body };
  };
  return { fetchImpl, calls };
}

/** A working copy with one existing checklist version, a new v2 of it (approvedBy removed, as „Neue Fassung“ does) and a changed briefing. */
function fixture(): string {
  const root = mkdtempSync(join(tmpdir(), 'lotse-approved-by-'));
  for (const rel of ['checklists/niederlassungserlaubnis/v1.mdx', 'content/guidelines/abschiebungshaft/v1.mdx', 'content/briefings/feg-stufe-2.mdx']) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    cpSync(join(repo, rel), join(root, rel));
  }
  const v1 = readFileSync(join(repo, 'checklists/niederlassungserlaubnis/v1.mdx'), 'utf8');
  writeFileSync(
    join(root, 'checklists/niederlassungserlaubnis/v2.mdx'),
    renderNewVersion(v1, {
      validFrom: '2026-12-01',
      changes: ['Neue Nachweise'],
      changeType: 'major',
      briefing: 'feg-stufe-2',
      reviewDue: '2027-12-01',
      draft: false,
    }),
  );
  return root;
}

const changed = [
  { new_path: 'checklists/niederlassungserlaubnis/v2.mdx', deleted_file: false },
  { new_path: 'content/guidelines/abschiebungshaft/v1.mdx', deleted_file: false },
  { new_path: 'content/briefings/feg-stufe-2.mdx', deleted_file: false },
  { new_path: 'checklists/alt/v1.mdx', deleted_file: true },
];

test('the approver is written into the changed version files, one line each, nothing else moves', async () => {
  const root = fixture();
  try {
    const { fetchImpl, calls } = fakeGitLab([author, approver], changed);
    const approval = await readApproval(env, fetchImpl);
    assert.deepEqual(
      calls.map((c) => c.url),
      [
        'https://gitlab.behoerde.example/api/v4/projects/7/merge_requests/42',
        'https://gitlab.behoerde.example/api/v4/projects/7/merge_requests/42/approvals',
        'https://gitlab.behoerde.example/api/v4/projects/7/merge_requests/42/diffs?per_page=100&page=1',
      ],
    );
    assert.ok(calls.every((c) => c.token === 'glpat-test'));
    // The author's own approval does not count.
    assert.deepEqual(
      approval.approvers.map((u) => u.name),
      ['Karl Beispiel'],
    );
    const v2Before = readFileSync(join(root, 'checklists/niederlassungserlaubnis/v2.mdx'), 'utf8');
    const guideBefore = readFileSync(join(root, 'content/guidelines/abschiebungshaft/v1.mdx'), 'utf8');
    const briefingBefore = readFileSync(join(root, 'content/briefings/feg-stufe-2.mdx'), 'utf8');
    assert.ok(!/^approvedBy:/m.test(v2Before));
    const result = writeApprovedBy(root, approval);
    assert.deepEqual(result.written, ['checklists/niederlassungserlaubnis/v2.mdx', 'content/guidelines/abschiebungshaft/v1.mdx']);
    // v2 had no approvedBy: it comes back where v1 has it (after owner), in v1's quotes.
    assert.equal(
      readFileSync(join(root, 'checklists/niederlassungserlaubnis/v2.mdx'), 'utf8'),
      v2Before.replace('owner: "Teamleitung Aufenthalt"\n', 'owner: "Teamleitung Aufenthalt"\napprovedBy: "Karl Beispiel"\n'),
    );
    // The guideline had one: only its value changes, in its own quoting.
    const oldLine = /^approvedBy: .*$/m.exec(guideBefore)![0];
    const quote = oldLine.includes('"') ? '"' : '';
    assert.equal(
      readFileSync(join(root, 'content/guidelines/abschiebungshaft/v1.mdx'), 'utf8'),
      guideBefore.replace(oldLine, `approvedBy: ${quote}Karl Beispiel${quote}`),
    );
    assert.equal(readFileSync(join(root, 'content/briefings/feg-stufe-2.mdx'), 'utf8'), briefingBefore);
    // Run again: nothing to write.
    assert.deepEqual(writeApprovedBy(root, approval).written, []);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('refused while only the author or nobody approved; nothing is written', async () => {
  const root = fixture();
  try {
    const before = readFileSync(join(root, 'checklists/niederlassungserlaubnis/v2.mdx'), 'utf8');
    await assert.rejects(
      readApproval(env, fakeGitLab([author], changed).fetchImpl),
      (e: Error) => e instanceof ApprovalError && e.message.includes('nur von seiner Autorin/seinem Autor (Maria Muster) genehmigt'),
    );
    await assert.rejects(
      readApproval(env, fakeGitLab([], changed).fetchImpl),
      (e: Error) => e instanceof ApprovalError && e.message.includes('noch nicht genehmigt'),
    );
    assert.equal(readFileSync(join(root, 'checklists/niederlassungserlaubnis/v2.mdx'), 'utf8'), before);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('only version files of checklists and guidelines count; missing CI variables are named', () => {
  assert.deepEqual(
    versionFiles([
      'checklists/a/v3.mdx',
      'content/guidelines/b-c/v1.mdx',
      'content/briefings/x.mdx',
      'content/glossary.yaml',
      'checklists/a/notes.mdx',
      'src/checklists/a/v1.mdx',
    ]).map((f) => f.file),
    ['checklists/a/v3.mdx', 'content/guidelines/b-c/v1.mdx'],
  );
  assert.throws(() => gitLabEnv({ CI_API_V4_URL: 'https://x/api/v4', CI_PROJECT_ID: '1' }), /CI_MERGE_REQUEST_IID, LOTSE_APPROVAL_TOKEN fehlen/);
});

test('the pipeline example runs it in merge-request pipelines and commits to the merge request branch', () => {
  const ci = readFileSync(join(repo, 'deploy/gitlab-ci.example.yml'), 'utf8');
  const job = /\nfreigabe:\n((?: {2}.*\n|\n)+)/.exec(ci)?.[1] ?? '';
  assert.match(job, /\$CI_PIPELINE_SOURCE == "merge_request_event"/);
  assert.match(job, /- npm run freigabe\n/);
  assert.match(job, /git push .*HEAD:\$\{CI_MERGE_REQUEST_SOURCE_BRANCH_NAME\}/);
  assert.equal(JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).scripts.freigabe, 'ASTRO_TELEMETRY_DISABLED=1 node src/cli/approved-by.ts');
});
