import type { DependencyKind } from '$lib/api/types';

/** What a dependency key names: a platform's dependency on a material, a country or an item. */
export interface DependencyRef {
	platformId: string;
	kind: DependencyKind;
	/** Material id, ISO country code or item id. */
	targetId: string;
}

const KINDS: readonly DependencyKind[] = ['MATERIAL', 'COUNTRY', 'ITEM'];

/** The API's stable key of a dependency (`platformId|kind|target id`), e.g. for a heatmap cell. */
export function dependencyKey(ref: DependencyRef): string {
	return `${ref.platformId}|${ref.kind}|${ref.targetId}`;
}

/** Reads a key back (from the address, say); null when it is not one. */
export function parseDependencyKey(key: string | null | undefined): DependencyRef | null {
	const parts = (key ?? '').split('|');
	if (parts.length !== 3) return null;
	const [platformId, kind, targetId] = parts as [string, string, string];
	if (!platformId || !targetId || !(KINDS as readonly string[]).includes(kind)) return null;
	return { platformId, kind: kind as DependencyKind, targetId };
}
