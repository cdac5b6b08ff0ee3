import { markdownToHtml, mdxToJs, defineHastPlugin } from 'satteri';
const p = defineHastPlugin({ name: 't', text(node, ctx) { console.log(JSON.stringify(node.value), ctx.parent(node)?.tagName); } });
const src = `# § 81 AufenthG\n\nNach § 81 Abs. 4\nAufenthG "gilt" -- der Titel &amp; § 60a Abs. 2 AufenthG. Siehe \`§ 5 AufenthG\` und [§ 4 AufenthG](https://x) und **§ 9** StAG <3 x\n\n- [ ] AE beantragen\n`;
const r = markdownToHtml(src, { hastPlugins: [p], features: { smartPunctuation: true } });
console.log(r.html);
const m = await mdxToJs(src.replace('<3','unter 3'), { hastPlugins: [p] });
console.log(typeof m, Object.keys(m));
