import { markdownToHtml, mdxToJs, defineHastPlugin } from 'satteri';
const p = defineHastPlugin({ name: 't',
  before(root, ctx) { ctx.data.n = 0; },
  text(node, ctx) {
    const chain = []; let cur = node;
    while ((cur = ctx.parent(cur))) chain.push(cur.type === 'element' ? cur.tagName : cur.type);
    console.log(JSON.stringify(node.value), chain.join('>'));
    const i = node.value.indexOf('§ 9');
    if (i >= 0) { ctx.data.n++; ctx.replaceNode(node, [
      { type: 'text', value: node.value.slice(0, i) },
      { type: 'element', tagName: 'a', properties: { className: ['norm'], href: 'https://x/__9.html', title: 'T "q" & <x>', dataNorm: 'StAG § 9' }, children: [{ type: 'text', value: '§ 9' }] },
      { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: ' (x)' }] },
      { type: 'text', value: node.value.slice(i + 3) },
    ]); }
  } });
const src = `Text **fett [link *§ 9 StAG*](u)** und § 9 StAG am Ende.\n\n> **Merke:** § 9 StAG gilt.\n\n| a | b |\n|---|---|\n| § 9 StAG | x |\n`;
const r = markdownToHtml(src, { hastPlugins: [p] });
console.log(r.html, r.data);
const m = await mdxToJs(src, { hastPlugins: [p], elementAttributeNameCase: 'html', optimizeStatic: { component: 'Fragment', prop: 'set:html' } });
console.log(m.code, m.data);
