import type { IDataObject } from 'n8n-workflow';

/** Reads `a.b.c` of `target` (the keys in `path`, or given as a list); undefined where a step is missing. */
export function getPath(target: unknown, path: string | string[]): unknown {
	const keys = Array.isArray(path) ? path : path.split('.');
	return keys.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as IDataObject)[key] : undefined), target);
}

/** Sets `a.b.c` in `target`, creating the objects on the way. */
export function setPath(target: IDataObject, path: string, value: unknown) {
	const keys = path.split('.');
	let node = target;
	for (const key of keys.slice(0, -1)) {
		if (!node[key] || typeof node[key] !== 'object') node[key] = {};
		node = node[key] as IDataObject;
	}
	node[keys[keys.length - 1]] = value as IDataObject;
}

/** Undefined, null, or text of only spaces: a field the user did not fill. */
export const isBlank = (value: unknown) =>
	value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

const isEmpty = (value: unknown) =>
	value === undefined || value === null || value === '' || (typeof value === 'object' && Object.keys(value as object).length === 0);

export interface PruneOptions {
	/** trim text (the APIs treat " x " as a different value); passwords are never trimmed */
	trim: boolean;
	/** keys whose values are sent as given (the user's own JSON), only left out when empty */
	verbatim?: string[];
}

/**
 * A body without what the user added but left empty (blank text, empty lists and objects, at any
 * depth): an optional field added and not filled means "not set", in every node.
 */
export function pruneEmpty(value: unknown, options: PruneOptions, key = ''): unknown {
	if (options.verbatim?.includes(key)) return value;
	if (typeof value === 'string') return options.trim && !/password/i.test(key) ? value.trim() : value;
	if (Array.isArray(value)) return value.map((entry) => pruneEmpty(entry, options)).filter((entry) => !isEmpty(entry));
	if (!value || typeof value !== 'object') return value;
	const result: IDataObject = {};
	for (const [name, entry] of Object.entries(value as IDataObject)) {
		const pruned = pruneEmpty(entry, options, name);
		if (!isEmpty(pruned)) result[name] = pruned as IDataObject;
	}
	return result;
}

/**
 * Parses a body or a field that should be JSON but may not be: QBench answers mutations with the
 * literal text `{"message": OK}` (bare words as values). Returns undefined when it is not JSON.
 */
export function parseJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		// `{"message": OK}`: a JSON-looking object whose values are bare words
		const repaired = text.replace(/:\s*([A-Za-z][\w .-]*?)\s*([,}])/g, (_match, word: string, end: string) =>
			['true', 'false', 'null'].includes(word) ? `: ${word}${end}` : `: ${JSON.stringify(word)}${end}`,
		);
		try {
			return JSON.parse(repaired);
		} catch {
			return undefined;
		}
	}
}
