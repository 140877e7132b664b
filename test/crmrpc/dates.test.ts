import fc from 'fast-check';

import { toCrmDate, toTicketDate } from '../../nodes/CrmRpc/GenericFunctions';
import { fromCrmDate } from '../sandbox/crmrpc';

describe('CrmRpc dates', () => {
	it('n8n dateTime values become DD/MM/YY (filters, opportunities) and YYYY-MM-DD (tickets)', () => {
		expect(toCrmDate('2026-03-07T00:00:00')).toBe('07/03/26');
		expect(toCrmDate('2026-12-31T23:59:59.999+05:00')).toBe('31/12/26');
		expect(toTicketDate('2026-12-31T23:59:59.999+05:00')).toBe('2026-12-31');
		expect(toTicketDate('2026-01-05')).toBe('2026-01-05');
		expect(toCrmDate(new Date(Date.UTC(2027, 0, 2, 3)))).toBe('02/01/27');
	});

	it('the day the user picked is kept, whatever the time zone offset', () => {
		// a day picked in the editor keeps its calendar day, it is not shifted to UTC
		expect(toCrmDate('2026-03-01T23:30:00-06:00')).toBe('01/03/26');
		expect(toCrmDate('2026-03-01T00:30:00+09:00')).toBe('01/03/26');
	});

	it('anything that is not a real day is refused', () => {
		for (const value of ['', 'tomorrow', '2026-02-30', '2026-13-01', '2026-00-10', undefined, null]) {
			expect(toCrmDate(value)).toBeUndefined();
			expect(toTicketDate(value)).toBeUndefined();
		}
	});

	it('every day round-trips through DD/MM/YY (property)', () => {
		fc.assert(
			fc.property(fc.date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }), (date) => {
				const day = date.toISOString().slice(0, 10);
				expect(fromCrmDate(toCrmDate(`${day}T12:00:00`))).toBe(day);
				expect(toTicketDate(`${day}T12:00:00`)).toBe(day);
			}),
		);
	});
});
