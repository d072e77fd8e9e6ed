import { i18n } from '@vaadin/hilla-react-i18n';

/**
 * Server texts (a code with arguments, see the backend's shared/text/Text) arrive rendered in both of the platform's
 * languages; the UI shows the one its user chose.
 */
type ServerText = { code?: string; english?: string; indonesian?: string };

export function serverText(text: ServerText | undefined | null): string {
  if (!text) {
    return '';
  }
  return (i18n.language.value?.startsWith('en') ? text.english : text.indonesian) ?? text.english ?? '';
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
