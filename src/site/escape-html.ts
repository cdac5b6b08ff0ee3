/**
 * Escapes text for HTML and XML, in element content and in double-quoted attribute values
 * (& < > "). The one escaper for every place that writes markup as a string: search excerpts,
 * the search index's text, the Atom feed, the OpenSearch description and the editor's preview.
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
