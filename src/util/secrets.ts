/** Secrets of this process (passwords, tokens) that no message may print. */
const SECRETS = new Set<string>();

export function registerSecret(secret: string | undefined): void {
  if (secret) SECRETS.add(secret);
}

/** The text with every registered secret, and the password of any URI in it, replaced by ***. */
export function redactSecrets(text: string): string {
  let redacted = text.replace(/(\b[a-z][a-z0-9+.-]*:\/\/[^\s/@:]*):[^\s/@]*@/gi, '$1:***@');
  for (const secret of SECRETS) redacted = redacted.replaceAll(secret, '***');
  return redacted;
}
