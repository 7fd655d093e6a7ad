/**
 * The upgrade steps of every release, oldest first. Append only: a step that has shipped is never changed
 * or removed (databases record it by name), and each comes with a test on a database written by the
 * release before it (tests/integration/upgrade.test.ts, fixtures in tests/fixtures/upgrade/).
 */
import type { UpgradeStep } from '.';

export const STEPS: UpgradeStep[] = [];
