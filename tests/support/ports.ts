/**
 * The loopback ports of the browser-test sites: fixture, seed, the second search set and the
 * switchable server of the offline tests.
 * `LOTSE_E2E_PORT_BASE` moves all three, so that two checkouts can run their suites side by side.
 */
export const PORT_BASE = Number(process.env.LOTSE_E2E_PORT_BASE ?? 4400);
export const PORTS = { fixture: PORT_BASE, seed: PORT_BASE + 1, second: PORT_BASE + 2, offline: PORT_BASE + 3 } as const;
export const FIXTURE_URL = `http://127.0.0.1:${PORTS.fixture}`;
export const SEED_URL = `http://127.0.0.1:${PORTS.seed}`;
