/**
 * While typing, a last word of one or two letters ("v", "ve", "Ab") is most likely the start of a
 * longer word. Searching it would fetch the index chunks of every word starting with those
 * letters, so the live search waits for the third letter or a pause. Abbreviations in capitals
 * ("AE"), numbers and citation parts ("81", "IV", "§") are searched at once. Submitting always
 * searches.
 */
export function stillTyping(query: string): boolean {
  const last = query.trim().split(/\s+/).pop() ?? '';
  return /^\p{L}$/u.test(last) || /^\p{L}\p{Ll}$/u.test(last);
}
