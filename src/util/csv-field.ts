/** A CSV field as RFC 4180 writes it: quoted, with quotes doubled, when `always` or when it holds `"`, `,` or a line break. */
export function csvField(text: string, always = false): string {
  if (!always && !/[",\n\r]/.test(text)) return text;
  return `"${text.includes('"') ? text.replaceAll('"', '""') : text}"`;
}
