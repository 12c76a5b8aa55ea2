/** The form an article body is stored and quoted in: no byte-order mark, LF line ends, NFC. */
export function canonicalBody(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC');
}
