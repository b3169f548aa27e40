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
			const parsed = parseWholeNumber(form.limit);
			if (!parsed.ok || parsed.value === null || parsed.value < 1 || parsed.value > LIVE_FIGURE_MAX_ROWS) {
				return { ok: false, field: 'limit', message: 'liveFigure.form.error.limit' };
			}
			const kind = form.dependencyKind.trim();
			const dependencyKind = (LIVE_DEPENDENCY_KINDS as readonly string[]).includes(kind) ? (kind as LiveDependencyKind) : null;
			// One platform: its own explosion; the product group would only be a second, unused id.
			return { ok: true, ref: { figure: 'dependencies', productGroupId: itemId ? null : productGroupId, itemId, dependencyKind, limit: parsed.value } };
		}
		case 'material': {
			const materialId = form.materialId.trim();
			return materialId ? { ok: true, ref: { figure: 'material', materialId } } : { ok: false, field: 'materialId', message: 'liveFigure.form.error.material' };
		}
		case 'scenario': {
			const scenarioId = form.scenarioId.trim();
			return scenarioId ? { ok: true, ref: { figure: 'scenario', scenarioId } } : { ok: false, field: 'scenarioId', message: 'liveFigure.form.error.scenario' };
		}
	}
}
