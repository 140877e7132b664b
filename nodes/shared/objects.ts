import type { IDataObject } from 'n8n-workflow';

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

/** Drops undefined and empty-string values: partial updates send only what the user set. */
export function compact(data: IDataObject): IDataObject {
	return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined && value !== ''));
}
