/**
 * `npm run freigabe` in a GitLab merge-request pipeline (deploy/gitlab-ci.example.yml, job
 * `freigabe`): writes the merge request's approver into „Freigegeben von“ (approvedBy) of every
 * version file it adds or changes (src/editorial/review/approved-by.ts). Refuses (exit 1) while nobody
 * but the author has approved. The job commits the result to the merge request's branch.
 *
 *   npm run freigabe [-- --root <content folder>]
 */
import { parseArgs } from 'node:util';
import { environment, useContentRoot } from '../config/env.ts';
import { ApprovalError, gitLabEnv, readApproval, writeApprovedBy } from '../editorial/review/approved-by.ts';
import { runCli } from './run-cli.ts';

runCli(async () => {
  const { values } = parseArgs({ options: { root: { type: 'string' } }, strict: true });
  const root = useContentRoot(values.root);
  try {
    const approval = await readApproval(gitLabEnv(environment()));
    const { name, written, unchanged } = writeApprovedBy(root, approval);
    for (const file of written) console.log(`${file}: Freigegeben von (approvedBy) = „${name}“`);
    if (written.length + unchanged.length === 0)
      console.log('Freigabe: Der Merge Request ändert keine Fassung einer Checkliste oder eines Leitfadens; nichts einzutragen.');
    else if (written.length === 0) console.log(`Freigabe: „${name}“ steht schon in allen ${unchanged.length} Fassungen.`);
    return 0;
  } catch (error) {
    if (!(error instanceof ApprovalError)) throw error;
    console.error(error.message);
    return 1;
  }
});
