import type { IDataObject, IExecuteSingleFunctions, ILoadOptionsFunctions, IPollFunctions } from 'n8n-workflow';

/** A base URL as the user typed it, without the trailing slashes that would double in paths. */
export function withoutTrailingSlash(url: unknown): string {
	return String(url ?? '').trim().replace(/\/+$/, '');
}

/** Credential fields that hold secrets (the credential types make exactly these password fields). */
const SECRET_FIELD = /password|key|token|secret/i;

/** Distinct secrets, longest first, so a secret inside another one does not break the longer one's redaction. */
export const longestFirst = (secrets: string[]) =>
	[...new Set(secrets)].filter((secret) => secret.length >= 3).sort((a, b) => b.length - a.length);

/**
 * The secret values of the credentials the node uses: every key, token and password, and the
 * HTTP Basic pairs built from them (`base64(email:apiKey)`), as an API may quote the header.
 */
export async function credentialSecrets(
	context: IExecuteSingleFunctions | ILoadOptionsFunctions | IPollFunctions,
): Promise<string[]> {
	const secrets: string[] = [];
	for (const type of Object.keys(context.getNode().credentials ?? {})) {
		let credentials: IDataObject;
		try {
			credentials = await context.getCredentials(type);
		} catch {
			continue;
		}
		const texts = Object.entries(credentials).filter(([, value]) => typeof value === 'string' && value !== '') as Array<[string, string]>;
		for (const [name, value] of texts) {
			if (!SECRET_FIELD.test(name)) continue;
			secrets.push(value);
			for (const [, user] of texts) secrets.push(Buffer.from(`${user}:${value}`).toString('base64'));
		}
	}
	return longestFirst(secrets);
}
