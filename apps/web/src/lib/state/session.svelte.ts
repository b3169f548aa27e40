import { getContext, setContext } from 'svelte';
import { ApiError, BadUserInputError, NetworkError, UnauthenticatedError } from '$lib/api/errors';
import type { GraphQLClient } from '$lib/api/graphql-client';
import { LoginMutation, LogoutMutation, MeQuery, PermissionRulesQuery } from '$lib/api/operations/session';
import type { User } from '$lib/api/types';
import {
	abilityFromPackedRules,
	can,
	emptyAbility,
	type Action,
	type AppAbility,
	type SubjectRecords,
	type SubjectType,
} from '$lib/permissions/ability';

/**
 * - `unknown`: not asked yet, or the API could not be reached (see `loadError`)
 * - `authenticated`: `user` is set
 * - `anonymous`: no session (never had one, or it expired) — pages send the user to log in and back
 * - `signed-out`: the user logged out on purpose — pages send them to the login page without a way back
 */
export type SessionStatus = 'unknown' | 'authenticated' | 'anonymous' | 'signed-out';

/** Why a login attempt failed, for the login form to say in the user's language. */
export type LoginFailure =
	| 'invalid-credentials'
	| 'email-required'
	| 'password-required'
	/** The password matches accounts in several organisations: `organisations` lists them. */
	| 'organisation-required'
	/** Too many failed logins: `retryAfterSeconds` says when to try again. */
	| 'too-many-attempts'
	| 'network'
	| 'unexpected';

/** An organisation the user may log in to, offered when their address has accounts in several. */
export interface LoginOrganisation {
	id: string;
	name: string;
}

/** A failed login: why, and what the form needs to go on. */
export interface LoginProblem {
	reason: LoginFailure;
	organisations?: LoginOrganisation[];
	retryAfterSeconds?: number;
}

export type LoginResult = { ok: true; user: User } | ({ ok: false } & LoginProblem);

/** Who is logged in. One per app (created by the root layout), shared through context. */
export class Session {
	user = $state<User | null>(null);
	status = $state<SessionStatus>('unknown');
	/** True while `load` runs. */
	loading = $state(false);
	/** Set when `load` could not reach the API; the status then stays as it was. */
	loadError = $state<ApiError | null>(null);
	/** The session ended mid-way (`expire`): the login page says so. Cleared by the next login. */
	expired = $state(false);
	/**
	 * What the user may do, from the API's rules; used only to hide what they may not do (the API
	 * enforces). Replaced as a whole, never mutated, so `$state.raw`.
	 */
	ability = $state.raw<AppAbility>(emptyAbility());

	readonly #client: GraphQLClient;
	#pending: Promise<void> | null = null;

	constructor(client: GraphQLClient) {
		this.#client = client;
	}

	/** Asks the API who is logged in (the session cookie decides). Concurrent calls share one request. */
	load(): Promise<void> {
		this.#pending ??= this.#load().finally(() => {
			this.#pending = null;
		});
		return this.#pending;
	}

	async #load(): Promise<void> {
		this.loading = true;
		try {
			const { me, myPermissionRules } = await this.#client.request(MeQuery);
			this.loadError = null;
			this.ability = abilityFromPackedRules(me ? myPermissionRules : null);
			this.#set(me, 'anonymous');
		} catch (error) {
			if (error instanceof UnauthenticatedError) {
				this.loadError = null;
				this.#set(null, 'anonymous');
			} else {
				this.loadError = error instanceof ApiError ? error : new NetworkError(String(error));
			}
		} finally {
			this.loading = false;
		}
	}

	/**
	 * Logs in (to `organisationId`, when the address has accounts in several); the API sets the
	 * session cookie. Failures come back as a reason, not thrown.
	 */
	async login(email: string, password: string, organisationId: string | null = null): Promise<LoginResult> {
		const trimmed = email.trim();
		if (!trimmed) return { ok: false, reason: 'email-required' };
		if (!password) return { ok: false, reason: 'password-required' };
		try {
			const { login } = await this.#client.request(LoginMutation, { email: trimmed, password, ...(organisationId ? { organisationId } : {}) });
			this.loadError = null;
			// The rules come with the next request, which carries the new session cookie.
			await this.refreshPermissions();
			this.#set(login.user, 'anonymous');
			return { ok: true, user: login.user };
		} catch (error) {
			return { ok: false, ...loginProblem(error) };
		}
	}

	/**
	 * Asks the API for the user's rules again (after a change to the organisation's roadmap
	 * participations, for instance). When they cannot be fetched, everything stays hidden.
	 */
	async refreshPermissions(): Promise<void> {
		try {
			const { myPermissionRules } = await this.#client.request(PermissionRulesQuery);
			this.ability = abilityFromPackedRules(myPermissionRules);
		} catch {
			this.ability = emptyAbility();
		}
	}

	/**
	 * May the user take `action` on `type` (on `record`, when given)? For hiding buttons and forms
	 * only. Reading it in a template tracks the session's rules.
	 */
	can = <T extends SubjectType>(action: Action, type: T, record?: Partial<SubjectRecords[T]>, field?: string): boolean =>
		can(this.ability, action, type, record, field);

	/** Logs out. The user is forgotten here even when the API cannot be told. */
	async logout(): Promise<void> {
		try {
			await this.#client.request(LogoutMutation);
		} catch {
			// The cookie may outlive this (API unreachable); the next `load` finds out.
		} finally {
			this.#set(null, 'signed-out');
		}
	}

	/** A request answered UNAUTHENTICATED mid-session (expired or revoked): ask to log in again. */
	expire(): void {
		this.#set(null, 'anonymous');
		this.expired = true;
	}

	#set(user: User | null, statusWithoutUser: 'anonymous' | 'signed-out'): void {
		if (!user) this.ability = emptyAbility();
		else this.expired = false;
		this.user = user;
		this.status = user ? 'authenticated' : statusWithoutUser;
	}
}

function loginProblem(error: unknown): LoginProblem {
	if (!(error instanceof ApiError)) return { reason: 'unexpected' };
	switch (error.code) {
		case 'UNAUTHENTICATED':
			return { reason: 'invalid-credentials' };
		case 'NETWORK_ERROR':
			return { reason: 'network' };
		case 'TOO_MANY_REQUESTS': {
			const seconds = error.extensions.retryAfterSeconds;
			return { reason: 'too-many-attempts', retryAfterSeconds: typeof seconds === 'number' ? seconds : undefined };
		}
		case 'BAD_USER_INPUT':
			if (error instanceof BadUserInputError && error.field === 'email') return { reason: 'email-required' };
			if (error instanceof BadUserInputError && error.field === 'password') return { reason: 'password-required' };
			if (error instanceof BadUserInputError && error.field === 'organisationId') {
				return { reason: 'organisation-required', organisations: organisationsOf(error.extensions.organisations) };
			}
			return { reason: 'unexpected' };
		default:
			return { reason: 'unexpected' };
	}
}

function organisationsOf(value: unknown): LoginOrganisation[] {
	if (!Array.isArray(value)) return [];
	return value.flatMap((o: unknown) => {
		const { id, name } = (o ?? {}) as Record<string, unknown>;
		return typeof id === 'string' && typeof name === 'string' ? [{ id, name }] : [];
	});
}

const KEY = Symbol('session');

export function setSession(session: Session): Session {
	return setContext(KEY, session);
}

export function getSession(): Session {
	const session = getContext<Session | undefined>(KEY);
	if (!session) throw new Error('getSession() called outside the root layout');
	return session;
}
