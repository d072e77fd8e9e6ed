import { serverText } from 'Frontend/components/serverTexts';
import { translate, key } from '@vaadin/hilla-react-i18n';
import { Button } from '@vaadin/react-components/Button.js';
import { TextField } from '@vaadin/react-components/TextField.js';
import { type ReactNode } from 'react';
import { Problem } from 'Frontend/components/problems';
import type Outcome from 'Frontend/generated/id/meritasn/ui/AssessmentEntryBrowserService/Outcome';

/** The employee's latest result: box and both scores, or what is still missing before they can be mapped. */
export function ResultPanel({ outcome }: { outcome: Outcome | undefined }) {
  return (
    <div
      id="entry-result"
      className={`flex flex-col gap-xs panel ${outcome?.mapped ? 'outcome-mapped' : 'outcome-unmapped'}`}
    >
      <strong>
        {translate(key`entry.result`)}
        {outcome ? (
          <>
            {' '}
            · <span id="result-version">v{outcome.version}</span>
          </>
        ) : null}
      </strong>
      {!outcome ? (
        <span id="result-none">{translate(key`entry.noResult`)}</span>
      ) : (
        <>
          <span>
            {translate(key`talent.box`)} <strong id="result-box">{outcome.box ?? '—'}</strong> ·{' '}
            {translate(key`talent.performance`)} <strong id="result-performance">{outcome.performance ?? '—'}</strong> ·{' '}
            {translate(key`talent.potential`)} <strong id="result-potential">{outcome.potential ?? '—'}</strong>
          </span>
          {outcome.mapped ? (
            <span id="result-mapped">{translate(key`entry.mapped`)}</span>
          ) : (
            <div role="status">
              {translate(key`talent.notMapped`)}
              <ul id="result-missing" className="m-0">
                {outcome.missing.map((m) => (
                  <li key={m.english}>{serverText(m)}</li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    </div>
  );
}

/** What the latest result used for one input (value and evidence), so the assessor sees what a save replaces. */
export function StoredLine({ outcome, indicator }: { outcome: Outcome | undefined; indicator: string }) {
  const stored = outcome?.inputs.find((i) => i.indicator === indicator);
  return (
    <span className="text-s text-secondary" id={`stored-${indicator}`}>
      {stored
        ? translate(key`entry.stored`, { raw: stored.raw, evidence: stored.evidence })
        : translate(key`entry.notStored`)}
    </span>
  );
}

/** A form part: its fields, the evidence it requires, a save button, and the refusal (if any) beside them. */
export function Part({
  id,
  title,
  children,
  evidence,
  onEvidence,
  problem,
  onSave,
}: {
  id: string;
  title: string;
  children: ReactNode;
  evidence: string;
  onEvidence: (value: string) => void;
  problem: string | undefined;
  onSave: () => void;
}) {
  return (
    <fieldset id={`part-${id}`} className="flex flex-col gap-s panel">
      <legend className="font-semibold">{title}</legend>
      {children}
      <div className="flex gap-m items-end flex-wrap">
        <TextField
          id={`${id}-evidence`}
          label={translate(key`entry.evidence`)}
          required
          className="field-min-l"
          helperText={translate(key`entry.evidenceHelp`)}
          value={evidence}
          onValueChanged={(e) => onEvidence(e.detail.value)}
        />
        <Button id={`${id}-save`} theme="primary" onClick={onSave}>
          {translate(key`entry.save`)}
        </Button>
      </div>
      <Problem as="span" id={`${id}-problem`} text={problem} />
    </fieldset>
  );
}
