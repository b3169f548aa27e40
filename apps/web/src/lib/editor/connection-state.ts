import type { MessageKey } from '$lib/i18n';

/**
 * What the connection to the collaboration server means for the person editing, derived from the
 * y-websocket provider's events and the browser's online state. Pure, so every path is tested.
 *
 * - `connecting`: the first connection is being made (edits are kept in this browser meanwhile)
 * - `connected`: in sync with the server; edits reach the others
 * - `reconnecting`: the connection dropped; edits are kept and sent on reconnect
 * - `offline`: the browser has no network; same as reconnecting, but there is nothing to retry yet
 * - `closed`: the server ended the session on purpose (44xx); the provider does not retry
 */
export type ConnectionPhase = 'connecting' | 'connected' | 'reconnecting' | 'offline' | 'closed';

export interface ConnectionState {
	phase: ConnectionPhase;
	/** The server's close code once `closed`. */
	closeCode: number | null;
	/** Whether this page was ever in sync with the server (a drop afterwards is a "reconnect"). */
	wasConnected: boolean;
	/** The socket is open; `phase` is `connected` only once it has also synced. */
	socketOpen: boolean;
	/** The browser says it is online. */
	online: boolean;
}

export type ConnectionEvent =
	| { type: 'status'; status: 'connecting' | 'connected' | 'disconnected' }
	| { type: 'synced'; synced: boolean }
	| { type: 'closed'; code: number }
	| { type: 'online'; online: boolean };

export function initialConnection(online = true): ConnectionState {
	return { phase: online ? 'connecting' : 'offline', closeCode: null, wasConnected: false, socketOpen: false, online };
}

export function nextConnection(state: ConnectionState, event: ConnectionEvent): ConnectionState {
	// A deliberate close by the server is final for this page: nothing after it changes the story.
	if (state.phase === 'closed') return state;
	const next = { ...state };
	switch (event.type) {
		case 'status':
			next.socketOpen = event.status === 'connected';
			break;
		case 'synced':
			if (event.synced && next.socketOpen) next.wasConnected = true;
			break;
		case 'online':
			next.online = event.online;
			break;
		case 'closed':
			return { ...next, phase: 'closed', closeCode: event.code, socketOpen: false };
	}
	next.phase = phaseOf(next, event);
	return next;
}

function phaseOf(state: ConnectionState, event: ConnectionEvent): ConnectionPhase {
	if (!state.online) return 'offline';
	if (state.socketOpen && (state.wasConnected || (event.type === 'synced' && event.synced))) return 'connected';
	return state.wasConnected ? 'reconnecting' : 'connecting';
}

/** The sentence for a close code of the server (apps/api/src/collab/core/protocol.ts CLOSE). */
export function closeReasonKey(code: number | null): MessageKey {
	switch (code) {
		case 4400:
			return 'editor.closed.malformed';
		case 4401:
			return 'editor.closed.sessionEnded';
		case 4403:
			return 'editor.closed.forbidden';
		case 4404:
			return 'editor.closed.notFound';
		case 4413:
			return 'editor.closed.tooLarge';
		case null:
		default:
			return 'editor.closed.other';
	}
}

/**
 * Whether the close means logging in again (4401: the session ended, by expiry or a logout
 * elsewhere). The page then goes straight to the login page, which says why and returns here; the
 * copy in this browser is kept, so what was typed but not yet sent goes out after the login.
 */
export function closeAsksToLogIn(code: number | null): boolean {
	return code === 4401;
}

/** Whether the close means this user may no longer keep a copy (the document went, or their access). */
export function closeDropsLocalCopy(code: number | null): boolean {
	return code === 4403 || code === 4404;
}

export function phaseKey(phase: ConnectionPhase): MessageKey {
	switch (phase) {
		case 'connecting':
			return 'editor.connection.connecting';
		case 'connected':
			return 'editor.connection.connected';
		case 'reconnecting':
			return 'editor.connection.reconnecting';
		case 'offline':
			return 'editor.connection.offline';
		case 'closed':
			return 'editor.connection.closed';
	}
}
