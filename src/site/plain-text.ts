/**
 * Plain text of an MDX body for exports and the checklist copy: Markdown syntax removed,
 * task-list boxes kept as "☐". Works on the source, so it needs no render.
 */
export function plainText(markdown: string): string {
  return markdown
    .replace(/^```[\s\S]*?^```/gm, '')
    .replace(/^\s*[-*+] \[[ xX]\]\s*/gm, '☐ ')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^>\s?/gm, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(?<![\w*])[*_](?!\s)(.+?)(?<!\s)[*_](?![\w*])/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\\([<>{}\\*_[\]()#+-.!])/g, '$1')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
