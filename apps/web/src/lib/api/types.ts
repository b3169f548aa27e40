/**
 * The parts of the API's schema (apps/api/schema.graphql) this app reads, written by hand until the
 * typed client is generated from the schema; keep the names identical to the schema's.
 */

export type OrganisationKind = 'GOVERNMENT' | 'INDUSTRY' | 'KNOWLEDGE_INSTITUTE';

export type UserRole = 'ADMIN' | 'EDITOR' | 'VIEWER';

export interface Organisation {
	id: string;
	name: string;
	kind: OrganisationKind;
}

export interface User {
	id: string;
	email: string;
	name: string;
	role: UserRole;
	organisation: Organisation;
}

export interface DemoLogin {
	email: string;
	/** Organisation kind and role, in English, e.g. "industry, shipyard". */
	description: string;
}

export interface DemoInfo {
	enabled: boolean;
	users: DemoLogin[];
}

/** GET /health: 200 when the database answers, 503 when it does not (same shape). */
export interface HealthReport {
	status: 'ok' | 'error';
	database: { status: 'up' | 'down'; latencyMs?: number };
}
