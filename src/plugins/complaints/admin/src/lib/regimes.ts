/**
 * The legal regimes as the procedure settings show them (shared/regimes.ts): choosing one fills part of the
 * settings from its preset, and the editor confirms what that overwrites first.
 */
import type { ProcedureSettings } from '../../../shared/contracts';
import { REGIME_PRESETS, type Regime, type RegimePreset } from '../../../shared/regimes';

export { REGIMES, REGIME_LABELS, REGIME_PRESETS, isRegime, type Regime, type RegimePreset } from '../../../shared/regimes';

export type PresetKey = keyof RegimePreset;

export interface PresetChange {
  key: PresetKey;
  /** The value the settings hold now (on screen, saved or not). */
  current: RegimePreset[PresetKey];
  /** The preset's value that replaces it. */
  next: RegimePreset[PresetKey];
  changed: boolean;
}

/** Every setting a regime's preset fills, in the preset's order, with its value now and after. */
export function presetChanges(current: ProcedureSettings, regime: Regime): PresetChange[] {
  const preset = REGIME_PRESETS[regime];
  return (Object.keys(preset) as PresetKey[]).map((key) => ({
    key,
    current: current[key],
    next: preset[key],
    changed: current[key] !== preset[key],
  }));
}
