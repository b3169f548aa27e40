/**
 * A reactive props object for a component mounted outside Svelte's tree (the editor's node view):
 * assigning to its fields later updates the mounted component without mounting it again.
 */
export function reactiveProps<T extends object>(initial: T): T {
	const props = $state(initial);
	return props;
}
