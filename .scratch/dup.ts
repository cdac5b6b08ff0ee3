import { readFileSync, readdirSync } from 'node:fs';
const dir = '../shared/corpus/gesetze/';
for (const f of readdirSync(dir).filter(f => f.includes('BJNR'))) {
  const seen = new Map<string, number>();
  for (const line of readFileSync(dir + f, 'utf8').split('\n')) {
    const m = /^# (§|Art) (\d+[a-z]?)( |$)/.exec(line);
    if (m && !line.startsWith('# §§')) seen.set(m[2], (seen.get(m[2]) ?? 0) + 1);
  }
  const d = [...seen].filter(([, n]) => n > 1);
  if (d.length) console.log(f, d);
}
