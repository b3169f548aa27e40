import {
	LIVE_DEPENDENCY_KINDS,
	LIVE_FIGURE_MAX_ROWS,
	type LiveDependencyKind,
	type LiveFigureKind,
	type LiveFigureRef,
} from '@routekaart/domain/src/documents/document-schema';
import { parseWholeNumber } from '$lib/format/format';
import type { MessageKey } from '$lib/i18n';

/** The insert dialog's fields as the form holds them (strings, '' for "not chosen"). */
export interface LiveFigureForm {
	figure: LiveFigureKind;
	productGroupId: string;
	/** '' for the whole product group. */
	itemId: string;
	/** '' for every kind. */
	dependencyKind: string;
	limit: string;
	materialId: string;
	scenarioId: string;
}

export type LiveFigureFormField = 'productGroupId' | 'limit' | 'materialId' | 'scenarioId';

export type LiveFigureFormResult =
	| { ok: true; ref: LiveFigureRef }
	| { ok: false; field: LiveFigureFormField; message: MessageKey };

/** The form's reference, or the first field at fault with the message to show next to it. */
export function liveFigureFromForm(form: LiveFigureForm): LiveFigureFormResult {
	switch (form.figure) {
		case 'dependencies': {
			const itemId = form.itemId.trim() || null;
			const productGroupId = form.productGroupId.trim() || null;
			if (!productGroupId && !itemId) return { ok: false, field: 'productGroupId', message: 'liveFigure.form.error.productGroup' };
			const limit = rowLimit(form.limit);
			if (limit === null) return { ok: false, field: 'limit', message: 'liveFigure.form.error.limit' };
			const kind = form.dependencyKind.trim();
			const dependencyKind = (LIVE_DEPENDENCY_KINDS as readonly string[]).includes(kind) ? (kind as LiveDependencyKind) : null;
			// One platform: its own explosion; the product group would only be a second, unused id.
			return { ok: true, ref: { figure: 'dependencies', productGroupId: itemId ? null : productGroupId, itemId, dependencyKind, limit } };
		}
		case 'material': {
			const materialId = form.materialId.trim();
			return materialId ? { ok: true, ref: { figure: 'material', materialId } } : { ok: false, field: 'materialId', message: 'liveFigure.form.error.material' };
		}
		case 'scenario': {
			const scenarioId = form.scenarioId.trim();
			return scenarioId ? { ok: true, ref: { figure: 'scenario', scenarioId } } : { ok: false, field: 'scenarioId', message: 'liveFigure.form.error.scenario' };
		}
		case 'risks': {
			const limit = rowLimit(form.limit);
			return limit === null ? { ok: false, field: 'limit', message: 'liveFigure.form.error.limit' } : { ok: true, ref: { figure: 'risks', limit } };
		}
		// The document's own roadmap: nothing to choose.
		case 'agreements':
		case 'interventionMatrix':
			return { ok: true, ref: { figure: form.figure } };
	}
}

/** A typed row count from 1 to the maximum a block holds, or null. */
function rowLimit(text: string): number | null {
	const parsed = parseWholeNumber(text);
	return parsed.ok && parsed.value !== null && parsed.value >= 1 && parsed.value <= LIVE_FIGURE_MAX_ROWS ? parsed.value : null;
}
