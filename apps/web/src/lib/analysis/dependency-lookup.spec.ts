import { describe, expect, it } from 'vitest';
import { NotFoundError } from '$lib/api/errors';
import type { GraphQLClient } from '$lib/api/graphql-client';
import type { Dependency } from '$lib/api/types';
import { DependencyLookup } from './dependency-lookup';

function dependency(platformId: string, targetId: string): Dependency {
	return {
		key: `${platformId}|MATERIAL|${targetId}`,
		kind: 'MATERIAL',
		rank: 0,
		platform: { id: platformId, name: platformId },
		target: { id: targetId, kind: 'MATERIAL', name: targetId, symbol: targetId, material: null },
		score: { value: 50, coverage: 1, factors: [] },
		weakestLink: null,
		weakLinks: [],
		quantity: { value: 1, unit: 'kg', complete: true },
		itemCount: 1,
		pathCount: 1,
		paths: [],
	};
}

/** A client that answers `dependency(key)` from a list and records what it was asked. */
function fakeClient(nodes: Dependency[], failWith: Error | null = null) {
	const calls: Record<string, unknown>[] = [];
	const client = {
		async request(_document: unknown, variables: Record<string, unknown>) {
			calls.push(variables);
			if (failWith) throw failWith;
			return { dependency: nodes.find((d) => d.key === variables.key) ?? null };
		},
	} as unknown as GraphQLClient;
	return { client, calls };
}

const platform = ['Dy', 'Tb', 'Y', 'Ga', 'Ge'].map((symbol) => dependency('p-lcf', symbol));

describe('DependencyLookup', () => {
	it('asks the API for the key once, and answers from memory after that', async () => {
		const { client, calls } = fakeClient(platform);
		const lookup = new DependencyLookup(client);
		expect((await lookup.find('p-lcf|MATERIAL|Ga'))?.target.symbol).toBe('Ga');
		expect((await lookup.find('p-lcf|MATERIAL|Ga'))?.target.symbol).toBe('Ga');
		expect(calls).toEqual([{ key: 'p-lcf|MATERIAL|Ga' }]);
	});

	it('answers what the page remembered without asking', async () => {
		const { client, calls } = fakeClient(platform);
		const lookup = new DependencyLookup(client);
		lookup.remember([dependency('p-asw', 'Nd')]);
		expect(lookup.known('p-asw|MATERIAL|Nd')?.target.symbol).toBe('Nd');
		expect((await lookup.find('p-asw|MATERIAL|Nd'))?.platform?.id).toBe('p-asw');
		expect(calls).toHaveLength(0);
	});

	it('shares one request between two callers asking for the same key at once', async () => {
		const { client, calls } = fakeClient(platform);
		const lookup = new DependencyLookup(client);
		const [a, b] = await Promise.all([lookup.find('p-lcf|MATERIAL|Ge'), lookup.find('p-lcf|MATERIAL|Ge')]);
		expect(a).toBe(b);
		expect(calls).toHaveLength(1);
	});

	it('says null for a key the viewer has no dependency for, and asks nothing for what is no key at all', async () => {
		const { client, calls } = fakeClient(platform);
		const lookup = new DependencyLookup(client);
		expect(await lookup.find('p-lcf|MATERIAL|Fe')).toBeNull();
		expect(calls).toHaveLength(1);
		expect(await lookup.find('not a key')).toBeNull();
		expect(calls).toHaveLength(1);
	});

	it('passes the API’s error on, and tries again on the next call', async () => {
		const { client, calls } = fakeClient(platform, new NotFoundError('item not found'));
		const lookup = new DependencyLookup(client);
		await expect(lookup.find('p-hidden|MATERIAL|Ga')).rejects.toBeInstanceOf(NotFoundError);
		await expect(lookup.find('p-hidden|MATERIAL|Ga')).rejects.toBeInstanceOf(NotFoundError);
		expect(calls).toHaveLength(2);
	});
});
