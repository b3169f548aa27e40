/** The demo users' password in the test databases (the README's default). */
export const DEMO_PASSWORD_FOR_TESTS = 'routekaart';
