import { describe, expect, it } from 'vitest';
import { audienceNames, defaultReader, firstOtherReader } from './link-audience';

const werf = { id: 'w', name: 'Noordzee Marinewerf' };
const radar = { id: 'r', name: 'Delta Radar' };
const ez = { id: 'e', name: 'Ministerie van EZ' };
const defensie = { id: 'd', name: 'Ministerie van Defensie' };

describe('who sees a link, as the list shows it', () => {
	it('names the own organisation "you", first, and the others by name', () => {
		expect(audienceNames({ seeEverything: [radar, werf], seeFigures: [defensie, ez] }, 'w', 'uw organisatie')).toEqual({
			everything: ['uw organisatie', 'Delta Radar'],
			figures: ['Ministerie van Defensie', 'Ministerie van EZ'],
		});
	});

	it('offers the view of a figures-only reader first, and none when only the own organisation reads it', () => {
		expect(firstOtherReader({ seeEverything: [radar, werf], seeFigures: [ez] }, 'w')).toEqual(ez);
		expect(firstOtherReader({ seeEverything: [radar, werf], seeFigures: [] }, 'w')).toEqual(radar);
		expect(firstOtherReader({ seeEverything: [werf], seeFigures: [] }, 'w')).toBeNull();
	});

	it('starts "what others see" with the first organisation by name that reads any link, else the first other one', () => {
		const all = [werf, radar, ez, defensie];
		expect(defaultReader([{ seeEverything: [werf], seeFigures: [ez] }, null, { seeEverything: [werf], seeFigures: [defensie] }], all, 'w')).toBe('d');
		expect(defaultReader([{ seeEverything: [werf], seeFigures: [] }], all, 'w')).toBe('r');
		expect(defaultReader([], [werf], 'w')).toBeNull();
	});
});
