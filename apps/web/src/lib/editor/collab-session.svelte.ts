import * as decoding from 'lib0/decoding';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import { untrack } from 'svelte';
import * as Y from 'yjs';
import { closeDropsLocalCopy, initialConnection, nextConnection, type ConnectionEvent, type ConnectionState } from './connection-state';
import { presentPeople, type PresencePerson, type PresenceUser } from './presence';

/** y-websocket message type 2: the server's "permission denied" (apps/api/src/collab/core/protocol.ts). */
const MESSAGE_AUTH = 2;

/**
 * One open document: the Yjs document, its copy in IndexedDB and the socket to `/collab/<id>` on
 * this origin (the session cookie goes along with the upgrade). Holds what the page shows about it:
 * the connection, who else is here, and whether the server made the socket read-only.
 *
 * Created per document page and destroyed with it; no module state, so two documents or two users
 * never share a Y.Doc.
 */
export class CollabSession {
	connection = $state<ConnectionState>(initialConnection());
	people = $state.raw<PresencePerson[]>([]);
	/** The server refused an edit because this socket is read-only (access changed while open). */
	serverReadOnly = $state(false);
	/** The local copy (IndexedDB) has been read into the document; false when the browser has none. */
	localCopyLoaded = $state(false);

	readonly doc: Y.Doc;
	readonly provider: WebsocketProvider;
	readonly #local: IndexeddbPersistence | null;
	readonly #user: PresenceUser;
	#destroyed = false;

	constructor(documentId: string, user: PresenceUser, origin: Location = window.location) {
		this.#user = user;
		this.doc = new Y.Doc();
		this.connection = initialConnection(navigator.onLine);
		// Keyed by account as well as document: on a shared computer the next user never opens the
		// previous user's unsent edits or a copy of a document they may not read.
		this.#local = openLocalCopy(`routekaart:${user.userId}:${documentId}`, this.doc);
		void this.#local?.whenSynced.then(
			() => (this.localCopyLoaded = true),
			() => undefined,
		);

		const scheme = origin.protocol === 'https:' ? 'wss' : 'ws';
		// The server is the one source of truth between tabs too (it stores before it broadcasts).
		this.provider = new WebsocketProvider(`${scheme}://${origin.host}/collab`, documentId, this.doc, { disableBc: true });
		this.provider.messageHandlers[MESSAGE_AUTH] = (_encoder, decoder) => {
			decoding.readVarUint(decoder);
			const reason = decoding.readVarString(decoder);
			if (/read-only/i.test(reason)) untrack(() => (this.serverReadOnly = true));
		};
		this.provider.on('status', ({ status }) => this.#apply({ type: 'status', status }));
		this.provider.on('sync', (synced) => this.#apply({ type: 'synced', synced }));
		this.provider.on('closed', ({ code }) => {
			this.#apply({ type: 'closed', code });
			// The document was deleted or this user lost access: keep no copy of it in this browser.
			if (closeDropsLocalCopy(code)) void this.#local?.clearData().catch(() => undefined);
		});
		const awareness = this.provider.awareness;
		const onAwareness = () => untrack(() => (this.people = presentPeople(awareness.getStates(), user.userId)));
		awareness.on('change', onAwareness);
		onAwareness();

		window.addEventListener('online', this.#online);
		window.addEventListener('offline', this.#offline);
	}

	/** Who this browser is in the awareness states (the caret extension publishes it). */
	get user(): PresenceUser {
		return this.#user;
	}

	// Provider events can fire inside a component's effect (a transaction sends an update); reading
	// `connection` there must not make that effect depend on it.
	#apply(event: ConnectionEvent): void {
		untrack(() => {
			if (!this.#destroyed) this.connection = nextConnection(this.connection, event);
		});
	}

	// A socket can outlive a network loss half-open, with frames going nowhere. Going offline closes
	// it on purpose; coming back opens a fresh one, whose sync exchange sends both sides what the
	// other lacks, so edits made meanwhile (kept in the Y.Doc and IndexedDB) are merged.
	#offline = () => {
		this.#apply({ type: 'online', online: false });
		if (this.connection.phase !== 'closed') this.provider.disconnect();
	};

	#online = () => {
		this.#apply({ type: 'online', online: true });
		if (this.connection.phase === 'closed') return;
		this.provider.disconnect();
		this.provider.connect();
	};

	destroy(): void {
		this.#destroyed = true;
		window.removeEventListener('online', this.#online);
		window.removeEventListener('offline', this.#offline);
		this.provider.destroy();
		void this.#local?.destroy();
		this.doc.destroy();
	}
}

/** IndexedDB can be missing or refused (private windows, policies): then the page works without a local copy. */
function openLocalCopy(name: string, doc: Y.Doc): IndexeddbPersistence | null {
	if (typeof indexedDB === 'undefined') return null;
	try {
		return new IndexeddbPersistence(name, doc);
	} catch {
		return null;
	}
}
