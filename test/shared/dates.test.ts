import { DateTime } from 'luxon';

import { DATE_FORMATS, formatDate, parseApiDate, toIsoInstant } from '../../nodes/shared/dates';

// One rule for every API: a value without a zone is read in the workflow's zone, a value with
// one keeps its own zone; so one instant gives the same calendar day in every API format.
describe('shared dates', () => {
	const berlin = 'Europe/Berlin';

	test.each([
		['2026-03-01T23:30:00-06:00', '01/03/26', '2026-03-01'],
		['2026-03-01T23:30:00Z', '01/03/26', '2026-03-01'],
		['2026-03-01T23:30:00', '01/03/26', '2026-03-01'],
		['2026-03-01', '01/03/26', '2026-03-01'],
		['2026-12-31T00:15:00+14:00', '31/12/26', '2026-12-31'],
	])('%s is the same day for CrmRpc (DD/MM/YY) and QBD Connect (YYYY-MM-DD)', (value, crm, iso) => {
		expect(formatDate(value, DATE_FORMATS.dayMonthYear, berlin)).toBe(crm);
		expect(formatDate(value, DATE_FORMATS.isoDay, berlin)).toBe(iso);
	});

	test('a value without a zone is wall time in the workflow zone', () => {
		expect(toIsoInstant('2026-03-01T09:00:00', berlin)).toBe('2026-03-01T08:00:00.000Z');
		expect(toIsoInstant('2026-07-01T09:00:00', berlin)).toBe('2026-07-01T07:00:00.000Z');
		expect(toIsoInstant('2026-03-01T09:00:00', 'America/Chicago')).toBe('2026-03-01T15:00:00.000Z');
	});

	test('a value with a zone keeps it, whatever the workflow zone', () => {
		expect(toIsoInstant('2026-03-01T09:00:00-06:00', berlin)).toBe('2026-03-01T15:00:00.000Z');
		expect(toIsoInstant('2026-03-01T09:00:00-06:00', 'Asia/Tokyo')).toBe('2026-03-01T15:00:00.000Z');
	});

	test('JS dates are instants, shown in the workflow zone', () => {
		expect(formatDate(new Date('2026-03-01T23:30:00Z'), DATE_FORMATS.isoDay, berlin)).toBe('2026-03-02');
		expect(formatDate(new Date('2026-03-01T23:30:00Z'), DATE_FORMATS.isoDay, 'UTC')).toBe('2026-03-01');
	});

	test('what is not a real date is undefined', () => {
		for (const value of ['2026-02-31', '2026-13-01', 'tomorrow', '', undefined, null, 42, {}]) {
			expect(formatDate(value, DATE_FORMATS.isoDay, berlin)).toBeUndefined();
		}
	});

	test("Qebot's 12-hour text dates read as ISO, in the zone the API means", () => {
		expect(parseApiDate('Sep 02, 2020 04:01:23 PM', DATE_FORMATS.qebotText, 'UTC')).toBe('2020-09-02T16:01:23.000Z');
		expect(parseApiDate('Sep 02, 2020 12:01:23 AM', DATE_FORMATS.qebotText, 'UTC')).toBe('2020-09-02T00:01:23.000Z');
		expect(parseApiDate('2016-10-06T13:28:27+00:00', DATE_FORMATS.qebotText, 'UTC')).toBe('2016-10-06T13:28:27.000Z');
		expect(parseApiDate('not a date', DATE_FORMATS.qebotText, 'UTC')).toBeUndefined();
	});

	test("Qebot's text dates in UTC read without luxon give exactly what luxon reads", () => {
		const luxonReads = (text: string) => {
			const inFormat = DateTime.fromFormat(text, DATE_FORMATS.qebotText, { zone: 'UTC', setZone: true, locale: 'en-US' });
			const date = inFormat.isValid ? inFormat : DateTime.fromISO(text, { zone: 'UTC', setZone: true });
			return date.isValid ? date.toUTC().toISO() : undefined;
		};
		const texts = ['Feb 29, 2024 11:59:59 PM', 'Feb 29, 2023 10:00:00 AM', 'Sep 31, 2020 01:00:00 PM', 'Dec 31, 1999 12:00:00 AM',
			'Jan 01, 2000 12:00:00 PM', 'Jan 01, 0999 01:00:00 AM', 'Mar 10, 2020 00:10:00 AM', 'Mar 10, 2020 13:10:00 PM',
			'Mar 10, 2020 01:60:00 PM', 'Mar 10, 2020 01:00:60 PM', 'Foo 10, 2020 01:00:00 PM', 'Mar 1, 2020 01:00:00 PM', 'Mar 10, 2020 01:00:00 pm'];
		for (let month = 0; month < 12; month++) {
			for (const hour of ['01', '11', '12']) {
				const name = DateTime.utc(2021, month + 1, 1).setLocale('en-US').toFormat('MMM');
				texts.push(`${name} ${String(1 + ((month * 7) % 28)).padStart(2, '0')}, 2021 ${hour}:0${month % 10}:3${month % 6} ${month % 2 ? 'PM' : 'AM'}`);
			}
		}
		for (const text of texts) expect([text, parseApiDate(text, DATE_FORMATS.qebotText, 'UTC')]).toEqual([text, luxonReads(text) ?? undefined]);
	});

	test("with n8n 1.x's luxon (3.4, no buildFormatParser) the same dates are read", () => {
		const luxon = DateTime as unknown as { buildFormatParser?: unknown };
		const builder = luxon.buildFormatParser;
		delete luxon.buildFormatParser;
		try {
			// in a zone other than UTC, so luxon reads it (UTC has a reader of its own)
			expect(parseApiDate('Sep 02, 2020 04:01:23 PM', DATE_FORMATS.qebotText, 'America/Chicago')).toBe('2020-09-02T21:01:23.000Z');
		} finally {
			luxon.buildFormatParser = builder;
		}
	});
});
