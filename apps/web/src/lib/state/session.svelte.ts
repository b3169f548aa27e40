import { getContext, setContext } from 'svelte';
import { ApiError, BadUserInputError, NetworkError, UnauthenticatedError } from '$lib/api/errors';
import type { GraphQLClient } from '$lib/api/graphql-client';
import { LoginMutation, LogoutMutation, MeQuery } from '$lib/api/operations';
import type { User } from '$lib/api/types';

/**
 * - `unknown`: not asked yet, or the API could not be reached (see `loadError`)
 * - `authenticated`: `user` is set
 * - `anonymous`: no session (never had one, or it expired) — pages send the user to log in and back
 * - `signed-out`: the user logged out on purpose — pages send them to the login page without a way back
 */
export type SessionStatus = 'unknown' | 'authenticated' | 'anonymous' | 'signed-out';

/** Why a login attempt failed, for the login form to say in the user's language. */
export type LoginFailure = 'invalid-credentials' | 'email-required' | 'password-required' | 'network' | 'unexpected';

export type LoginResult = { ok: true; user: User } | { ok: false; reason: LoginFailure };

/** Who is logged in. One per app (created by the root layout), shared through context. */
export class Session {
	user = $state<User | null>(null);
	status = $state<SessionStatus>('unknown');
	/** True while `load` runs. */
	loading = $state(false);
	/** Set when `load` could not reach the API; the status then stays as it was. */
	loadError = $state<ApiError | null>(null);

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
			const { me } = await this.#client.request(MeQuery);
			this.loadError = null;
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

	/** Logs in; the API sets the session cookie. Failures come back as a reason, not thrown. */
	async login(email: string, password: string): Promise<LoginResult> {
		const trimmed = email.trim();
		if (!trimmed) return { ok: false, reason: 'email-required' };
		if (!password) return { ok: false, reason: 'password-required' };
		try {
			const { login } = await this.#client.request(LoginMutation, { email: trimmed, password });
			this.loadError = null;
			this.#set(login.user, 'anonymous');
			return { ok: true, user: login.user };
		} catch (error) {
			return { ok: false, reason: loginFailure(error) };
		}
	}

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
	}

	#set(user: User | null, statusWithoutUser: 'anonymous' | 'signed-out'): void {
		this.user = user;
		this.status = user ? 'authenticated' : statusWithoutUser;
	}
}

function loginFailure(error: unknown): LoginFailure {
	if (!(error instanceof ApiError)) return 'unexpected';
	switch (error.code) {
		case 'UNAUTHENTICATED':
			return 'invalid-credentials';
		case 'NETWORK_ERROR':
			return 'network';
		case 'BAD_USER_INPUT':
			if (error instanceof BadUserInputError && error.field === 'email') return 'email-required';
			if (error instanceof BadUserInputError && error.field === 'password') return 'password-required';
			return 'unexpected';
		default:
			return 'unexpected';
	}
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
