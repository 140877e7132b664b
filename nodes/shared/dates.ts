import { DateTime } from 'luxon';
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeRequestSend } from 'n8n-workflow';

import { invalidField } from './checks';
import { isBlank, setPath } from './objects';

/**
 * Every date conversion of the pack, with one rule: a value without a zone is read in the
 * workflow's time zone, a value with one keeps its own zone. So one instant gives the same
 * calendar day for every API (`2026-03-01T23:30:00-06:00` is 1 March for CrmRpc and QBD alike).
 */
export const DATE_FORMATS = {
	/** CrmRpc filters and opportunities */
	dayMonthYear: 'dd/MM/yy',
	/** CrmRpc tickets, QBD Connect dates, Qebot lead close dates */
	isoDay: 'yyyy-MM-dd',
	/** Qebot CRM dates: "Sep 02, 2020 04:01:23 PM" */
	qebotText: 'MMM dd, yyyy hh:mm:ss a',
} as const;

/** An n8n date value (ISO text, a JS Date, a Luxon DateTime) as a DateTime; undefined when it is none. */
export function toDateTime(value: unknown, zone: string): DateTime | undefined {
	let date: DateTime | undefined;
	if (DateTime.isDateTime(value)) date = value;
	else if (value instanceof Date) date = DateTime.fromJSDate(value, { zone });
	else if (typeof value === 'string' && value.trim() !== '') {
		const text = value.trim();
		// setZone keeps the zone the text names; text without one is read in `zone`
		date = DateTime.fromISO(text, { zone, setZone: true });
		if (!date.isValid) date = DateTime.fromSQL(text, { zone, setZone: true });
		if (!date.isValid) date = DateTime.fromRFC2822(text, { zone, setZone: true });
	}
	return date?.isValid ? date : undefined;
}

/** A date value in an API's format (see DATE_FORMATS), or undefined when it is not a date. */
export function formatDate(value: unknown, format: string, zone: string): string | undefined {
	return toDateTime(value, zone)?.toFormat(format);
}

/** A date value as an ISO instant in UTC (`2026-03-01T08:00:00.000Z`), or undefined. */
export function toIsoInstant(value: unknown, zone: string): string | undefined {
	return toDateTime(value, zone)?.toUTC().toISO() ?? undefined;
}

/**
 * A date an API wrote in its own format (or in ISO 8601) as an ISO instant in UTC, the one form
 * the pack outputs; `zone` is the zone the API means when its text names none. Undefined when
 * unreadable.
 */
export function parseApiDate(text: unknown, format: string, zone: string): string | undefined {
	if (typeof text !== 'string' || text.trim() === '') return undefined;
	const value = text.trim();
	const quick = zone === 'UTC' && format === DATE_FORMATS.qebotText ? readQebotTextUtc(value) : undefined;
	if (quick !== undefined) return quick;
	const options = { zone, setZone: true };
	const parser = formatParser(format);
	const inFormat = parser
		? DateTime.fromFormatParser(value, parser, options)
		: DateTime.fromFormat(value, format, { ...options, locale: 'en-US' });
	const date = inFormat.isValid ? inFormat : DateTime.fromISO(value, options);
	return date.isValid ? (date.toUTC().toISO() ?? undefined) : undefined;
}

/**
 * Luxon reads a format anew on every `fromFormat`: a list of 10,000 leads (two dates each) spent
 * most of its time there, so each format is read once. The luxon is n8n's own: n8n 1.x ships one
 * without `buildFormatParser` (luxon < 3.5), where every date is read with `fromFormat`.
 */
const formatParsers = new Map<string, ReturnType<typeof DateTime.buildFormatParser>>();
function formatParser(format: string) {
	if (typeof DateTime.buildFormatParser !== 'function') return undefined;
	let parser = formatParsers.get(format);
	if (!parser) formatParsers.set(format, (parser = DateTime.buildFormatParser(format, { locale: 'en-US' })));
	return parser;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const QEBOT_TEXT = /^([A-Z][a-z]{2}) (\d{2}), (\d{4}) (\d{2}):([0-5]\d):([0-5]\d) ([AP]M)$/;

function daysInMonth(year: number, month: number): number {
	if (month !== 1) return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month];
	return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

/**
 * "Sep 02, 2020 04:01:23 PM" in UTC, read without luxon: a lead list of 10,000 carries 20,000 of
 * these, and luxon's parser (~5 µs a date) made the list four times slower than HTTP Request.
 * Gives exactly what luxon reads as `DATE_FORMATS.qebotText` (a test compares the two); any
 * other text, or a day that does not exist, is left to luxon (undefined here).
 */
function readQebotTextUtc(text: string): string | undefined {
	const parts = QEBOT_TEXT.exec(text);
	if (!parts) return undefined;
	const [, monthName, day, year, hour12, minute, second, meridiem] = parts;
	const month = MONTHS.indexOf(monthName);
	const hour = Number(hour12);
	if (month < 0 || year < '1000' || hour < 1 || hour > 12 || Number(day) < 1 || Number(day) > daysInMonth(Number(year), month)) return undefined;
	const hour24 = (hour % 12) + (meridiem === 'PM' ? 12 : 0);
	const two = (value: number) => (value < 10 ? `0${value}` : String(value));
	return `${year}-${two(month + 1)}-${day}T${two(hour24)}:${minute}:${second}.000Z`;
}

interface DateSend {
	/** the parameter path of the date field (`ticketFields.dueDate` inside a collection) */
	parameter: string;
	/** what the user sees, for the error */
	label: string;
	type: 'body' | 'query';
	/** where it goes, dotted (`parameters.due_date`) */
	property: string;
	/** a DATE_FORMATS entry, or 'instant' for an ISO instant in UTC */
	format: string;
}

/**
 * The `routing.send` of a date field: converts the picked date by the rule above and puts it at
 * its place in the body or query. A value that is no date is refused, naming the field, before
 * anything is sent.
 */
export function sendDate(date: DateSend): INodeRequestSend {
	return {
		preSend: [
			async function (this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
				const value = this.getNodeParameter(date.parameter, '') as unknown;
				if (isBlank(value)) return request;
				const zone = this.getTimezone();
				const converted = date.format === 'instant' ? toIsoInstant(value, zone) : formatDate(value, date.format, zone);
				if (converted === undefined) throw invalidField(this, date.label, `"${String(value)}" is not a date`);
				const target = date.type === 'body' ? 'body' : 'qs';
				const data = (request[target] ?? {}) as IDataObject;
				setPath(data, date.property, converted);
				request[target] = data;
				return request;
			},
		],
	};
}
