import { describe, expect, it } from 'vitest';
import { PRESENCE_COLOURS, presenceColour, presenceUserOf, presentPeople } from './presence';

const user = (userId: string, name: string, extra: Record<string, unknown> = {}) => ({ user: { userId, name, organisation: 'Org', color: '#1d4ed8', ...extra } });

describe('presence', () => {
	it('gives an account the same six-digit colour every time, from the palette', () => {
		const colour = presenceColour('7f0c1f0e-2d7c-4f3e-9d8c-0a1b2c3d4e5f');
		expect(colour).toMatch(/^#[0-9a-f]{6}$/);
		expect(PRESENCE_COLOURS).toContain(colour);
		expect(presenceColour('7f0c1f0e-2d7c-4f3e-9d8c-0a1b2c3d4e5f')).toBe(colour);
	});

	it('spreads different accounts over several colours', () => {
		const colours = new Set(Array.from({ length: 40 }, (_, i) => presenceColour(`user-${i}`)));
		expect(colours.size).toBeGreaterThan(5);
	});

	it('ignores states without a usable user and replaces a colour that is not six-digit hex', () => {
		expect(presenceUserOf(null)).toBeNull();
		expect(presenceUserOf({ cursor: {} })).toBeNull();
		expect(presenceUserOf({ user: { name: 'No id' } })).toBeNull();
		expect(presenceUserOf({ user: { userId: 'u1', name: '   ' } })).toBeNull();
		const red = presenceUserOf(user('u1', 'Ann', { color: 'red' }));
		expect(red?.color).toBe(presenceColour('u1'));
		expect(presenceUserOf(user('u1', 'Ann', { organisation: 42 }))?.organisation).toBe('');
	});

	it('caps long names another browser sends', () => {
		expect(presenceUserOf(user('u1', 'x'.repeat(500)))?.name).toHaveLength(120);
	});

	it('lists each person once, with their number of tabs, the viewer first and then by name', () => {
		const states = new Map<number, unknown>([
			[1, user('u2', 'Zoë')],
			[2, user('u3', 'Bram')],
			[3, user('u1', 'Me')],
			[4, user('u2', 'Zoë')],
			[5, {}],
		]);
		const people = presentPeople(states, 'u1');
		expect(people.map((p) => [p.name, p.self, p.sessions])).toEqual([
			['Me', true, 1],
			['Bram', false, 1],
			['Zoë', false, 2],
		]);
	});
});
