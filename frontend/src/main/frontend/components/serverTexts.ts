import { key, translate, type I18nKey } from '@vaadin/hilla-react-i18n';

/**
 * Server texts (a code with arguments, see the backend's shared/text/Text) in the user's language. Each key is spelled
 * out with the key tag: the build keeps only the translation keys it finds. A test in the UI module fails when a
 * server code has no key here or no text in either translation file.
 */
const KEYS: Record<string, I18nKey> = {
  'eligibility.RANK_NO_MINIMUM': key`server.eligibility.RANK_NO_MINIMUM`,
  'eligibility.RANK_NOT_ON_RECORD': key`server.eligibility.RANK_NOT_ON_RECORD`,
  'eligibility.RANK_ONE_BELOW': key`server.eligibility.RANK_ONE_BELOW`,
  'eligibility.RANK_MEETS': key`server.eligibility.RANK_MEETS`,
  'eligibility.RANK_BELOW': key`server.eligibility.RANK_BELOW`,
  'eligibility.RANK_GAP': key`server.eligibility.RANK_GAP`,
  'eligibility.RANK_GAP_BY': key`server.eligibility.RANK_GAP_BY`,
  'eligibility.LEVEL_NO_POSITION': key`server.eligibility.LEVEL_NO_POSITION`,
  'eligibility.LEVEL_ONE_BELOW': key`server.eligibility.LEVEL_ONE_BELOW`,
  'eligibility.LEVEL_AT_OR_ABOVE': key`server.eligibility.LEVEL_AT_OR_ABOVE`,
  'eligibility.LEVEL_BELOW': key`server.eligibility.LEVEL_BELOW`,
  'eligibility.LEVEL_GAP': key`server.eligibility.LEVEL_GAP`,
  'eligibility.JPM_NO_STANDARD': key`server.eligibility.JPM_NO_STANDARD`,
  'eligibility.JPM_NOT_ASSESSED': key`server.eligibility.JPM_NOT_ASSESSED`,
  'eligibility.JPM_COMPETENCY_MISSING': key`server.eligibility.JPM_COMPETENCY_MISSING`,
  'eligibility.JPM_MET': key`server.eligibility.JPM_MET`,
  'eligibility.JPM_NOT_MET': key`server.eligibility.JPM_NOT_MET`,
  'eligibility.JPM_GAP': key`server.eligibility.JPM_GAP`,
  'eligibility.DISCIPLINE_OPEN': key`server.eligibility.DISCIPLINE_OPEN`,
  'eligibility.DISCIPLINE_UNTIL': key`server.eligibility.DISCIPLINE_UNTIL`,
  'eligibility.DISCIPLINE_GAP_OPEN': key`server.eligibility.DISCIPLINE_GAP_OPEN`,
  'eligibility.DISCIPLINE_GAP_UNTIL': key`server.eligibility.DISCIPLINE_GAP_UNTIL`,
  'eligibility.DISCIPLINE_NONE': key`server.eligibility.DISCIPLINE_NONE`,
  'eligibility.EDUCATION_NONE': key`server.eligibility.EDUCATION_NONE`,
  'eligibility.EDUCATION_MEETS': key`server.eligibility.EDUCATION_MEETS`,
  'eligibility.EDUCATION_BELOW': key`server.eligibility.EDUCATION_BELOW`,
  'eligibility.EDUCATION_GAP': key`server.eligibility.EDUCATION_GAP`,
  'eligibility.EXPERIENCE_NONE': key`server.eligibility.EXPERIENCE_NONE`,
  'eligibility.EXPERIENCE_MET': key`server.eligibility.EXPERIENCE_MET`,
  'eligibility.EXPERIENCE_SHORT': key`server.eligibility.EXPERIENCE_SHORT`,
  'eligibility.EXPERIENCE_CONFIRM': key`server.eligibility.EXPERIENCE_CONFIRM`,
  'eligibility.EXPERIENCE_GAP': key`server.eligibility.EXPERIENCE_GAP`,
  'eligibility.PRIOR_NONE': key`server.eligibility.PRIOR_NONE`,
  'eligibility.PRIOR_MET': key`server.eligibility.PRIOR_MET`,
  'eligibility.PRIOR_NEVER': key`server.eligibility.PRIOR_NEVER`,
  'eligibility.PRIOR_SHORT': key`server.eligibility.PRIOR_SHORT`,
  'eligibility.PRIOR_GAP': key`server.eligibility.PRIOR_GAP`,
  'eligibility.AGE_NONE': key`server.eligibility.AGE_NONE`,
  'eligibility.AGE_WITHIN': key`server.eligibility.AGE_WITHIN`,
  'eligibility.AGE_ABOVE': key`server.eligibility.AGE_ABOVE`,
  'eligibility.SETTLED': key`server.eligibility.SETTLED`,
  'eligibility.ROADMAP_NO_POSITION': key`server.eligibility.ROADMAP_NO_POSITION`,
  'eligibility.ROADMAP_NO_MAP': key`server.eligibility.ROADMAP_NO_MAP`,
};

type ServerText = { code?: string; args?: Record<string, string | undefined>; english?: string };

/** The text in the user's language; its English when the UI has no key for the code (a newer server). */
export function serverText(text: ServerText | undefined | null): string {
  if (!text) {
    return '';
  }
  const k = text.code ? KEYS[text.code] : undefined;
  return k ? translate(k, text.args ?? {}) : (text.english ?? '');
}

type CheckTexts = { reasonText?: ServerText; settledText?: ServerText; gapText?: ServerText };

/** An eligibility check's reason, with the committee's settling when it was settled. */
export function checkReason(check: CheckTexts): string {
  return [serverText(check.reasonText), serverText(check.settledText)].filter((t) => t).join(' ');
}

/** What would close an eligibility check's gap, or '' when there is none. */
export function checkGap(check: CheckTexts): string {
  return serverText(check.gapText);
}
