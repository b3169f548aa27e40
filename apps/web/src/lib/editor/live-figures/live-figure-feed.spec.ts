import { describe, expect, it } from 'vitest';
import { LiveFigureFeed, type FeedConnector } from './live-figure-feed';

/** A connection that records subscriptions and lets the test send events and reconnects. */
function fakeConnector() {
	const subscriptions = new Map<string, () => void>();
	const log: string[] = [];
	let reconnected: (() => void) | null = null;
	let connections = 0;
	const connect: FeedConnector = (onReconnected) => {
		connections++;
		reconnected = onReconnected;
		return {
			subscribe: (productGroupId, onEvent) => {
				log.push(`subscribe ${productGroupId}`);
				subscriptions.set(productGroupId, onEvent);
				return () => {
					log.push(`stop ${productGroupId}`);
					subscriptions.delete(productGroupId);
				};
			},
			subscribeRoadmap: (roadmapId, onEvent) => {
				log.push(`subscribe roadmap ${roadmapId}`);
				subscriptions.set(`roadmap ${roadmapId}`, onEvent);
				return () => {
					log.push(`stop roadmap ${roadmapId}`);
					subscriptions.delete(`roadmap ${roadmapId}`);
				};
			},
			dispose: () => log.push('dispose'),
		};
	};
	return {
		connect,
		log,
		connections: () => connections,
		send: (productGroupId: string) => subscriptions.get(productGroupId)?.(),
		reconnect: () => reconnected?.(),
	};
}

describe('the live figures’ change feed', () => {
	it('opens one connection and one subscription per product group, however many blocks watch it', () => {
		const fake = fakeConnector();
		const feed = new LiveFigureFeed(fake.connect);
		const seen: string[] = [];
		feed.watch('ships', () => seen.push('a'));
		feed.watch('ships', () => seen.push('b'));
		feed.watch('planes', () => seen.push('c'));
		expect(fake.connections()).toBe(1);
		expect(fake.log).toEqual(['subscribe ships', 'subscribe planes']);
		fake.send('ships');
		expect(seen).toEqual(['a', 'b']);
	});

	it('ends a group’s subscription with its last watcher, and only then', () => {
		const fake = fakeConnector();
		const feed = new LiveFigureFeed(fake.connect);
		const stopA = feed.watch('ships', () => undefined);
		const stopB = feed.watch('ships', () => undefined);
		stopA();
		stopA();
		expect(fake.log).toEqual(['subscribe ships']);
		stopB();
		expect(fake.log).toEqual(['subscribe ships', 'stop ships']);
		expect(feed.followed).toBe(0);
	});

	it('tells every block after a lost connection came back, as changes may have been missed', () => {
		const fake = fakeConnector();
		const feed = new LiveFigureFeed(fake.connect);
		const seen: string[] = [];
		feed.watch('ships', () => seen.push('ships'));
		feed.watch('planes', () => seen.push('planes'));
		fake.reconnect();
		expect(seen.sort()).toEqual(['planes', 'ships']);
	});

	it('stops everything when the editor goes, and watches nothing after', () => {
		const fake = fakeConnector();
		const feed = new LiveFigureFeed(fake.connect);
		const seen: string[] = [];
		feed.watch('ships', () => seen.push('ships'));
		feed.dispose();
		expect(fake.log).toEqual(['subscribe ships', 'stop ships', 'dispose']);
		feed.watch('ships', () => seen.push('late'));
		fake.send('ships');
		expect(seen).toEqual([]);
		expect(fake.connections()).toBe(1);
	});

	it('follows a roadmap’s activity apart from a product group of the same id, on the same connection', () => {
		const fake = fakeConnector();
		const feed = new LiveFigureFeed(fake.connect);
		const seen: string[] = [];
		const stopRoadmap = feed.watchRoadmap('r1', () => seen.push('agreements'));
		feed.watchRoadmap('r1', () => seen.push('risks'));
		feed.watch('r1', () => seen.push('chain'));
		expect(fake.connections()).toBe(1);
		expect(feed.followed).toBe(2);
		fake.send('roadmap r1');
		expect(seen).toEqual(['agreements', 'risks']);
		stopRoadmap();
		fake.send('roadmap r1');
		expect(seen).toEqual(['agreements', 'risks', 'risks']);
		expect(fake.log).toEqual(['subscribe roadmap r1', 'subscribe r1']);
	});
});
