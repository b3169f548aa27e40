declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the migrated, demo-seeded template database of this test run. */
    testTemplateDatabaseUrl: string;
  }
}

export {};
