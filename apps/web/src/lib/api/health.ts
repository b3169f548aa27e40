import { NetworkError } from './errors';

/** GET /health: 200 when the database answers, 503 when it does not (same shape). Not GraphQL. */
export interface HealthReport {
	status: 'ok' | 'error';
	database: { status: 'up' | 'down'; latencyMs?: number };
}

/** GET /health. A 503 still carries a report (database down), so only unreadable answers throw. */
export async function fetchHealth(doFetch: typeof fetch = (input, init) => globalThis.fetch(input, init)): Promise<HealthReport> {
	let response: Response;
	try {
		response = await doFetch('/health', { headers: { accept: 'application/json' }, cache: 'no-store' });
	} catch (error) {
		throw new NetworkError(error instanceof Error ? error.message : String(error));
	}
	try {
		const report = (await response.json()) as HealthReport;
		if (report && typeof report.status === 'string' && report.database) return report;
	} catch {
		// fall through
	}
	throw new NetworkError(`Unexpected answer from /health (HTTP ${response.status})`, response.status);
}
