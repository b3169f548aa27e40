/** The API on a free port with a fresh demo-seeded database, serving apps/web/build. */
export { startTestPlatform, type TestPlatform } from '../../apps/api/src/testing/test-platform';
