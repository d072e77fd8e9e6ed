import { translate, key } from '@vaadin/hilla-react-i18n';

// Bahasa Indonesia names of the succession workflow's enums (English in translations_en.properties)
const STATUS: Record<string, ReturnType<typeof key>> = {
  OPEN: key`succession.status.OPEN`,
  SLATE_PROPOSED: key`succession.status.SLATE_PROPOSED`,
  DECIDED: key`succession.status.DECIDED`,
  ANNOUNCED: key`succession.status.ANNOUNCED`,
  FINALIZED: key`succession.status.FINALIZED`,
};
const REASON: Record<string, ReturnType<typeof key>> = {
  VACANT: key`succession.reason.VACANT`,
  RETIREMENT: key`succession.reason.RETIREMENT`,
  PLANNED_MOVE: key`succession.reason.PLANNED_MOVE`,
  CRITICAL: key`succession.reason.CRITICAL`,
};
const READINESS: Record<string, ReturnType<typeof key>> = {
  READY_NOW: key`succession.readiness.READY_NOW`,
  ONE_TO_TWO_YEARS: key`succession.readiness.ONE_TO_TWO_YEARS`,
  THREE_PLUS_YEARS: key`succession.readiness.THREE_PLUS_YEARS`,
};
const OUTCOME: Record<string, ReturnType<typeof key>> = {
  MET: key`succession.outcome.MET`,
  NEEDS_MANUAL_CHECK: key`succession.outcome.NEEDS_MANUAL_CHECK`,
  NOT_MET: key`succession.outcome.NOT_MET`,
};

const label = (table: Record<string, ReturnType<typeof key>>, value?: string) => {
  const k = value ? table[value] : undefined;
  return k ? translate(k) : (value ?? '—');
};

export const statusLabel = (v?: string) => label(STATUS, v);
export const reasonLabel = (v?: string) => label(REASON, v);
export const readinessLabel = (v?: string) => label(READINESS, v);
export const outcomeLabel = (v?: string) => label(OUTCOME, v);

/**
 * The items of a list from a backend record. Those records are @NullMarked (nothing in them is null), but Hilla 25.1
 * does not read package-level @NullMarked, so its generated types make every field and item optional.
 */
export const items = <T>(list?: (T | undefined)[]): T[] => (list ?? []).filter((x): x is T => x != null);
