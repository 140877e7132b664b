import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, PreSendAction } from 'n8n-workflow';

import { invalidField } from './checks';
import { cardNumberProblem, emailProblem } from './described';
import { pruneEmpty, type PruneOptions } from './objects';

/*
 * Body rules: preSend steps that read and fix the body the fields built, after routing placed
 * them (the operation builder runs them last, as a row's `bodyRule` or `checks`). They check
 * values at body paths, so they work for fields that may be absent (a collection entry not
 * added, a field hidden by another's choice), where a parameter-based check (shared/checks.ts)
 * would fail to read the parameter. The rules themselves (e-mail, card number) are described.ts's,
 * the same the parameter checks of checks.ts apply.
 */

/** A value found in the body: its holder and key (`index`: its row, for `rows[].c`). */
export interface BodyPlace {
	holder: IDataObject;
	key: string;
	index?: number;
}

/** The places of a dotted body path, `a.b` or `rows[].c` (every row), that hold a key. */
export function placesAt(body: IDataObject, path: string): BodyPlace[] {
	const [head, ...rest] = path.split('.');
	const list = head.endsWith('[]');
	const key = list ? head.slice(0, -2) : head;
	if (rest.length === 0) return key in body ? [{ holder: body, key }] : [];
	const next = body[key];
	if (list) {
		if (!Array.isArray(next)) return [];
		return (next as IDataObject[]).flatMap((row, index) =>
			row && typeof row === 'object' ? placesAt(row, rest.join('.')).map((found) => ({ ...found, index })) : [],
		);
	}
	return next && typeof next === 'object' ? placesAt(next as IDataObject, rest.join('.')) : [];
}

/** A body rule over the places of `path`: `visit` may fix a value in place or throw. */
function atPath(path: string, visit: (context: IExecuteSingleFunctions, place: BodyPlace) => void): PreSendAction {
	return async function (this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
		for (const place of placesAt((request.body ?? {}) as IDataObject, path)) visit(this, place);
		return request;
	};
}

/**
 * The body without what the user left empty (objects.pruneEmpty), the same rule in every node that
 * has one: `trim` trims text too (never a password); `within` prunes only below that key
 * (CrmRpc's `parameters`); `verbatim` keys (the user's own JSON) are sent as given.
 */
export function leaveOutEmpty(options: PruneOptions & { within?: string }): PreSendAction {
	return async function (this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
		const body = request.body as IDataObject | undefined;
		if (!body || typeof body !== 'object' || Array.isArray(body)) return request;
		if (options.within === undefined) request.body = pruneEmpty(body, options) as IDataObject;
		else if (body[options.within] && typeof body[options.within] === 'object') body[options.within] = pruneEmpty(body[options.within], options) as IDataObject;
		return request;
	};
}

/** An update sends only what the user set: at least one field. Runs after the body is pruned (leaveOutEmpty), or on a body whose unset fields are undefined. */
export function somethingToUpdate(label = 'Update Fields'): PreSendAction {
	return async function (this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
		if (Object.values((request.body ?? {}) as IDataObject).every((value) => value === undefined)) throw invalidField(this, label, 'set at least one field to update');
		return request;
	};
}

/** Body keys of an update that may be left out but not emptied (`{ name: 'Name' }`: body key → label). Runs before the body is tidied. */
export function notEmptied(fields: Record<string, string>): PreSendAction {
	return async function (this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
		const body = (request.body ?? {}) as IDataObject;
		for (const [key, label] of Object.entries(fields)) {
			if (key in body && (body[key] === null || String(body[key]).trim() === '')) {
				throw invalidField(this, label, 'it cannot be empty; remove the field to keep the current value');
			}
		}
		return request;
	};
}

/** The value at `path`, when present, must pass `problemOf` (which says what is wrong, or nothing). */
function ruleAt(path: string, label: string, problemOf: (value: unknown) => string | undefined): PreSendAction {
	return atPath(path, (context, { holder, key }) => {
		const problem = problemOf(holder[key]);
		if (problem) throw invalidField(context, label, problem);
	});
}

/** An e-mail address at `path`, when present. */
export const emailAt = (path: string, label: string) => ruleAt(path, label, emailProblem);

/** A card number at `path`, when present; never quoted. */
export const cardNumberAt = (path: string, label = 'Card Number') => ruleAt(path, label, cardNumberProblem);

/** A CVV at `path`, when present: 3 or 4 digits; never quoted. */
export function cvvAt(path: string, label = 'CVV'): PreSendAction {
	return atPath(path, (context, { holder, key }) => {
		if (!/^\d{3,4}$/.test(String(holder[key] ?? '').trim())) throw invalidField(context, label, 'a security code has 3 or 4 digits');
	});
}

/**
 * Numbers sent as numbers at `paths`: a dropdown or number field given by expression may give
 * text ("5"); the field check already made sure it is one of the choices or a number.
 */
export function numbersAt(...paths: string[]): PreSendAction {
	return async function (this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
		const body = (request.body ?? {}) as IDataObject;
		for (const path of paths) {
			for (const { holder, key } of placesAt(body, path)) {
				const value = holder[key];
				if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) holder[key] = Number(value);
			}
		}
		return request;
	};
}

/** A whole number in a range at `path` (a year typed as text), sent as a number. */
export function wholeNumberAt(path: string, label: string, min: number, max: number): PreSendAction {
	return atPath(path, (context, { holder, key }) => {
		const value = holder[key];
		const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
		if (typeof number !== 'number' || !Number.isInteger(number) || number < min || number > max) {
			throw invalidField(context, label, `"${String(value ?? '')}" is not a whole number from ${min} to ${max}`);
		}
		holder[key] = number;
	});
}

/** A country at `path`, when present: a two-letter code, sent upper case. */
export function countryCodeAt(path: string, label: string): PreSendAction {
	return atPath(path, (context, { holder, key }) => {
		const text = String(holder[key] ?? '').trim();
		if (!/^[A-Za-z]{2}$/.test(text)) throw invalidField(context, label, `"${text}" is not a two-letter code`);
		holder[key] = text.toUpperCase();
	});
}
