import { describe, expect, it } from 'vitest';
import { closeAsksToLogIn, closeDropsLocalCopy, closeReasonKey, initialConnection, nextConnection, type ConnectionEvent, type ConnectionState } from './connection-state';

function run(events: ConnectionEvent[], start: ConnectionState = initialConnection()): ConnectionState {
	return events.reduce(nextConnection, start);
}

describe('the connection state shown to the editor', () => {
	it('is connecting until the socket is open and synced, then connected', () => {
		expect(run([]).phase).toBe('connecting');
		expect(run([{ type: 'status', status: 'connecting' }]).phase).toBe('connecting');
		expect(run([{ type: 'status', status: 'connected' }]).phase).toBe('connecting');
		expect(run([{ type: 'status', status: 'connected' }, { type: 'synced', synced: true }]).phase).toBe('connected');
	});

	it('is reconnecting after a drop once it had been connected, and connected again after the next sync', () => {
		const dropped = run([
			{ type: 'status', status: 'connected' },
			{ type: 'synced', synced: true },
			{ type: 'status', status: 'disconnected' },
			{ type: 'status', status: 'connecting' },
		]);
		expect(dropped.phase).toBe('reconnecting');
		expect(run([{ type: 'status', status: 'connected' }], dropped).phase).toBe('connected');
	});

	it('is offline while the browser has no network, whatever the socket says', () => {
		const offline = run([{ type: 'status', status: 'connected' }, { type: 'synced', synced: true }, { type: 'online', online: false }]);
		expect(offline.phase).toBe('offline');
		expect(run([{ type: 'status', status: 'connecting' }], offline).phase).toBe('offline');
		expect(run([{ type: 'online', online: true }, { type: 'status', status: 'connected' }], offline).phase).toBe('connected');
		expect(initialConnection(false).phase).toBe('offline');
	});

	it('stays closed with the server’s code after a deliberate close', () => {
		const closed = run([{ type: 'status', status: 'connected' }, { type: 'closed', code: 4403 }]);
		expect(closed).toMatchObject({ phase: 'closed', closeCode: 4403 });
		expect(run([{ type: 'status', status: 'connected' }, { type: 'synced', synced: true }], closed).phase).toBe('closed');
	});

	it('has a plain sentence for every close code the server uses, and one for any other', () => {
		expect(closeReasonKey(4401)).toBe('editor.closed.sessionEnded');
		expect(closeReasonKey(4403)).toBe('editor.closed.forbidden');
		expect(closeReasonKey(4404)).toBe('editor.closed.notFound');
		expect(closeReasonKey(4413)).toBe('editor.closed.tooLarge');
		expect(closeReasonKey(4400)).toBe('editor.closed.malformed');
		expect(closeReasonKey(4499)).toBe('editor.closed.other');
	});

	it('drops the local copy only when the document or the access to it is gone', () => {
		expect(closeDropsLocalCopy(4403)).toBe(true);
		expect(closeDropsLocalCopy(4404)).toBe(true);
		expect(closeDropsLocalCopy(4401)).toBe(false);
		expect(closeDropsLocalCopy(4413)).toBe(false);
	});

	it('sends the user to log in again only when the session ended, keeping what they typed in this browser', () => {
		expect(closeAsksToLogIn(4401)).toBe(true);
		expect(closeDropsLocalCopy(4401)).toBe(false);
		for (const code of [4400, 4403, 4404, 4413, 4499, 1006, null]) expect(closeAsksToLogIn(code), String(code)).toBe(false);
	});
});
