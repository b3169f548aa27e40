import { describe, expect, it } from 'vitest';
import { BadUserInputError, GraphQLRequestError, NetworkError, UnauthenticatedError } from '$lib/api/errors';
import { packRules } from '@casl/ability/extra';
import { defineAbilityFor } from '@routekaart/access';
import { operationNameOf, type GraphQLClient, type TypedDocument } from '$lib/api/graphql-client';
import type { User } from '$lib/api/types';
import { Session } from './session.svelte';

const willem: User = {
	id: 'u1',
	email: 'keten@werf.example',
	name: 'Willem Smit',
	role: 'ADMIN',
	organisation: { id: 'o1', name: 'Noordzee Marinewerf B.V.', kind: 'INDUSTRY' },
};

type Handler = (variables: Record<string, unknown> | undefined) => unknown;

/** A client answering per operation name; a handler throws to fail the request. */
function fakeClient(handlers: Record<string, Handler>) {
	const sent: { operation: string; variables?: Record<string, unknown> }[] = [];
	const client: GraphQLClient = {
		request: (async (document: TypedDocument<unknown, unknown>, variables?: Record<string, unknown>) => {
			const operation = operationNameOf(document) ?? '(anonymous)';
			sent.push({ operation, variables });
			const handler = handlers[operation];
			if (!handler) throw new Error(`unexpected operation ${operation}`);
			return handler(variables);
		}) as GraphQLClient['request'],
	};
	return { client, sent };
}

/** The rules the API would send Willem: an industry admin whose shipyard is a member of roadmap r1. */
const willemsRules = JSON.stringify(
	packRules(
		defineAbilityFor({
			userId: 'u1',
			organisationId: 'o1',
			organisationKind: 'INDUSTRY',
			role: 'ADMIN',
			participations: [{ roadmapId: 'r1', role: 'MEMBER' }],
		}).rules,
	),
);

describe('Session', () => {
	it('starts unknown, then knows the logged-in user after load', async () => {
		const { client } = fakeClient({ Me: () => ({ me: willem, myPermissionRules: willemsRules }) });
		const session = new Session(client);
		expect(session.status).toBe('unknown');

		await session.load();

		expect(session.status).toBe('authenticated');
		expect(session.user?.organisation.name).toBe('Noordzee Marinewerf B.V.');
		expect(session.loading).toBe(false);
	});

	it('is anonymous when the API says nobody is logged in', async () => {
		const session = new Session(fakeClient({ Me: () => ({ me: null, myPermissionRules: null }) }).client);
		await session.load();
		expect(session.status).toBe('anonymous');
		expect(session.user).toBeNull();
	});

	it('is anonymous when the API answers UNAUTHENTICATED', async () => {
		const session = new Session(
			fakeClient({
				Me: () => {
					throw new UnauthenticatedError();
				},
			}).client,
		);
		await session.load();
		expect(session.status).toBe('anonymous');
	});

	it('stays unknown and keeps the error when the API cannot be reached', async () => {
		const session = new Session(
			fakeClient({
				Me: () => {
					throw new NetworkError('Failed to fetch');
				},
			}).client,
		);
		await session.load();
		expect(session.status).toBe('unknown');
		expect(session.loadError).toBeInstanceOf(NetworkError);
	});

	it('asks the API once when load is called twice at the same time', async () => {
		const { client, sent } = fakeClient({ Me: () => ({ me: willem, myPermissionRules: willemsRules }) });
		const session = new Session(client);
		await Promise.all([session.load(), session.load()]);
		expect(sent.filter((s) => s.operation === 'Me')).toHaveLength(1);
	});

	it('logs in with the trimmed e-mail address and becomes authenticated', async () => {
		const { client, sent } = fakeClient({
			Login: () => ({ login: { user: willem } }),
			PermissionRules: () => ({ myPermissionRules: willemsRules }),
		});
		const session = new Session(client);

		const result = await session.login('  keten@werf.example ', 'routekaart');

		expect(result).toEqual({ ok: true, user: willem });
		expect(sent).toEqual([
			{ operation: 'Login', variables: { email: 'keten@werf.example', password: 'routekaart' } },
			{ operation: 'PermissionRules', variables: undefined },
		]);
		expect(session.status).toBe('authenticated');
		expect(session.user?.name).toBe('Willem Smit');
		expect(session.can('create', 'SupplyLink')).toBe(true);
	});

	it('refuses to log in with wrong credentials and stays logged out', async () => {
		const session = new Session(
			fakeClient({
				Me: () => ({ me: null, myPermissionRules: null }),
				Login: () => {
					throw new UnauthenticatedError('Wrong e-mail address or password');
				},
			}).client,
		);
		await session.load();

		expect(await session.login('keten@werf.example', 'wrong')).toEqual({ ok: false, reason: 'invalid-credentials' });
		expect(session.status).toBe('anonymous');
		expect(session.user).toBeNull();
	});

	it('does not ask the API when e-mail or password is missing', async () => {
		const { client, sent } = fakeClient({});
		const session = new Session(client);
		expect(await session.login('  ', 'x')).toEqual({ ok: false, reason: 'email-required' });
		expect(await session.login('a@b.example', '')).toEqual({ ok: false, reason: 'password-required' });
		expect(sent).toHaveLength(0);
	});

	it.each([
		[new NetworkError('down'), 'network'],
		[new BadUserInputError('Enter a password', 'password'), 'password-required'],
		[new BadUserInputError('Enter an e-mail address', 'email'), 'email-required'],
		[new BadUserInputError('Variable "$email" got invalid value'), 'unexpected'],
		[new Error('boom'), 'unexpected'],
	] as const)('reports a login failing with %s as %s', async (error, reason) => {
		const session = new Session(
			fakeClient({
				Login: () => {
					throw error;
				},
			}).client,
		);
		expect(await session.login('a@b.example', 'x')).toEqual({ ok: false, reason });
	});

	it('passes on the organisations to choose from when the password matches accounts in several, and logs in to the one chosen', async () => {
		const organisations = [
			{ id: 'o-magneet', name: 'Brabant Magneettechniek B.V.' },
			{ id: 'o-radar', name: 'Delta Radar Systems B.V.' },
		];
		const choose = new BadUserInputError('This e-mail address has accounts in several organisations: choose one', 'organisationId');
		choose.extensions = { code: 'BAD_USER_INPUT', field: 'organisationId', organisations };
		const { client, sent } = fakeClient({
			Login: (variables) => {
				if (!(variables as { organisationId?: string }).organisationId) throw choose;
				return { login: { user: willem } };
			},
			PermissionRules: () => ({ myPermissionRules: willemsRules }),
		});
		const session = new Session(client);

		expect(await session.login('dubbel@voorbeeld.example', 'geheim')).toEqual({ ok: false, reason: 'organisation-required', organisations });
		expect(session.status).not.toBe('authenticated');
		expect(await session.login('dubbel@voorbeeld.example', 'geheim', 'o-radar')).toEqual({ ok: true, user: willem });
		expect(sent[1]).toEqual({ operation: 'Login', variables: { email: 'dubbel@voorbeeld.example', password: 'geheim', organisationId: 'o-radar' } });
	});

	it('says when to try again after too many failed logins', async () => {
		const tooMany = new GraphQLRequestError('TOO_MANY_REQUESTS', 'Too many failed logins; try again in 840 seconds');
		tooMany.extensions = { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 840 };
		const session = new Session(
			fakeClient({
				Login: () => {
					throw tooMany;
				},
			}).client,
		);
		expect(await session.login('a@b.example', 'x')).toEqual({ ok: false, reason: 'too-many-attempts', retryAfterSeconds: 840 });
	});

	it('logs out: forgets the user and marks the session as ended on purpose', async () => {
		const { client, sent } = fakeClient({ Me: () => ({ me: willem, myPermissionRules: willemsRules }), Logout: () => ({ logout: true }) });
		const session = new Session(client);
		await session.load();

		await session.logout();

		expect(sent.map((s) => s.operation)).toEqual(['Me', 'Logout']);
		expect(session.status).toBe('signed-out');
		expect(session.user).toBeNull();
	});

	it('forgets the user on logout even when the API cannot be reached', async () => {
		const session = new Session(
			fakeClient({
				Me: () => ({ me: willem, myPermissionRules: willemsRules }),
				Logout: () => {
					throw new NetworkError('down');
				},
			}).client,
		);
		await session.load();
		await session.logout();
		expect(session.status).toBe('signed-out');
		expect(session.user).toBeNull();
	});

	it('knows what the user may do from the rules that came with the session', async () => {
		const session = new Session(fakeClient({ Me: () => ({ me: willem, myPermissionRules: willemsRules }) }).client);
		expect(session.can('read', 'Material')).toBe(false);

		await session.load();

		expect(session.can('read', 'Material')).toBe(true);
		expect(session.can('create', 'SupplyLink')).toBe(true);
		expect(session.can('create', 'Roadmap')).toBe(false);
		expect(session.can('update', 'Participant', { roadmapId: 'r1', organisationId: 'o2' })).toBe(false);
	});

	it('hides everything when the rules cannot be fetched after login', async () => {
		const session = new Session(
			fakeClient({
				Login: () => ({ login: { user: willem } }),
				PermissionRules: () => {
					throw new NetworkError('down');
				},
			}).client,
		);
		expect(await session.login('keten@werf.example', 'routekaart')).toEqual({ ok: true, user: willem });
		expect(session.status).toBe('authenticated');
		expect(session.can('read', 'Material')).toBe(false);
	});

	it('asks for the rules again on refresh, and forgets them on logout', async () => {
		let rules: string | null = null;
		const session = new Session(
			fakeClient({
				Me: () => ({ me: willem, myPermissionRules: rules }),
				PermissionRules: () => ({ myPermissionRules: rules }),
				Logout: () => ({ logout: true }),
			}).client,
		);
		await session.load();
		expect(session.can('create', 'SupplyLink')).toBe(false);

		rules = willemsRules;
		await session.refreshPermissions();
		expect(session.can('create', 'SupplyLink')).toBe(true);

		await session.logout();
		expect(session.can('create', 'SupplyLink')).toBe(false);
	});

	it('becomes anonymous when the session expires mid-way', async () => {
		const session = new Session(fakeClient({ Me: () => ({ me: willem, myPermissionRules: willemsRules }) }).client);
		await session.load();
		session.expire();
		expect(session.status).toBe('anonymous');
		expect(session.user).toBeNull();
		expect(session.expired).toBe(true);
	});
});
