/** Replaces every occurrence of a secret (password, key, token, card number) with `[redacted]`. */
export function redactSecrets(text: string | undefined, secrets: string[]): string | undefined {
	if (text === undefined) return undefined;
	let out = text;
	for (const secret of secrets) {
		if (typeof secret === 'string' && secret.length >= 3) out = out.split(secret).join('[redacted]');
	}
	return out;
}
