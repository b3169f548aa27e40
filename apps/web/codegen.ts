import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The typed client: every operation the app sends is written with `graphql(`…`)` in a `.ts` file under
 * src/ and checked against the API's schema here. The output in src/lib/api/generated/ is committed;
 * `build` and `typecheck` regenerate it first, so a schema change that breaks an operation (or the
 * types the UI reads) fails them.
 */
const config: CodegenConfig = {
	schema: '../api/schema.graphql',
	documents: ['src/**/*.ts', '!src/**/*.spec.ts', '!src/lib/api/generated/**'],
	ignoreNoDocuments: false,
	generates: {
		'src/lib/api/generated/': {
			preset: 'client',
			presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
			config: {
				// Plain strings on the wire: no graphql-js in the bundle, the fetch wrapper sends the text.
				documentMode: 'string',
				enumsAsTypes: true,
				useTypeImports: true,
				strictScalars: true,
				scalars: { DateTime: 'string' },
				skipTypename: true,
				avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
			},
		},
	},
	hooks: {},
};

export default config;
