import { translate, key } from '@vaadin/hilla-react-i18n';
import { Button } from '@vaadin/react-components/Button.js';
import { DatePicker } from '@vaadin/react-components/DatePicker.js';
import { Dialog } from '@vaadin/react-components/Dialog.js';
import { Grid } from '@vaadin/react-components/Grid.js';
import { GridColumn } from '@vaadin/react-components/GridColumn.js';
import { Select } from '@vaadin/react-components/Select.js';
import { TextArea } from '@vaadin/react-components/TextArea.js';
import { useSignal } from '@vaadin/hilla-react-signals';
import { SuccessionBrowserService } from 'Frontend/generated/endpoints';
import type Candidate from 'Frontend/generated/id/meritasn/succession/SuccessionRecords/Candidate';
import type CaseOutcome from 'Frontend/generated/id/meritasn/ui/SuccessionBrowserService/CaseOutcome';
import { items, outcomeLabel } from 'Frontend/components/successionLabels';
import { checkGap, checkReason } from 'Frontend/components/serverTexts';

type Open = { nip: string; name: string; rule: string; reason: string };

/**
 * A case's candidates, each condition with its outcome, evidence and legal source. A committee member settles a
 * manual check here (in the session chosen on the page); anyone reading the case may re-check it under the legal
 * conditions in force on another date (what held when the committee decided).
 */
export default function CandidateGrid({
  caseId,
  candidates,
  canSettle,
  sessionId,
  apply,
}: {
  caseId: number;
  candidates: Candidate[];
  canSettle: boolean;
  sessionId: string;
  apply: (step: Promise<CaseOutcome>) => Promise<void>;
}) {
  const settling = useSignal<Open | undefined>(undefined);
  const outcome = useSignal('MET');
  const why = useSignal('');
  const rulesOn = useSignal('');
  const rechecked = useSignal<Candidate[] | undefined>(undefined);
  const shown = rechecked.value ?? candidates;

  const recheck = async (date: string) => {
    rulesOn.value = date;
    rechecked.value = date ? await SuccessionBrowserService.candidatesOn(caseId, date) : undefined;
  };
  const settle = async () => {
    const open = settling.value;
    if (!open) return;
    settling.value = undefined;
    await apply(
      SuccessionBrowserService.settleCheck(caseId, Number(sessionId), open.nip, open.rule, outcome.value, why.value),
    );
    why.value = '';
  };

  return (
    <>
      <DatePicker
        id="recheck-date"
        label={translate(key`succession.recheckOn`)}
        value={rulesOn.value}
        clearButtonVisible
        helperText={translate(key`succession.recheckHelp`)}
        onValueChanged={(e) => recheck(e.detail.value)}
      />
      <Grid items={shown} allRowsVisible theme="wrap-cell-content" id="candidate-grid">
        <GridColumn path="rank" header="#" width="4rem" flexGrow={0} />
        <GridColumn header={translate(key`succession.candidate`)} autoWidth>
          {({ item }: { item: Candidate }) => (
            <span>
              {item.name}
              <br />
              <small>
                {item.nip} · {item.golongan}
                {item.currentPosition ? ` · ${item.currentPosition}` : ''}
              </small>
            </span>
          )}
        </GridColumn>
        <GridColumn header={translate(key`talent.box`)} path="box" width="5rem" flexGrow={0} />
        <GridColumn header={translate(key`succession.talentScore`)} path="talentScore" width="7rem" flexGrow={0} />
        <GridColumn header="JPM" width="9rem" flexGrow={0}>
          {({ item }: { item: Candidate }) => (
            <span>
              {item.jpm != null ? `${item.jpm}%` : '—'}
              {item.jpmCategory ? (
                <>
                  <br />
                  <small>{item.jpmCategory}</small>
                </>
              ) : null}
            </span>
          )}
        </GridColumn>
        <GridColumn header={translate(key`succession.eligibility`)} width="32rem">
          {({ item }: { item: Candidate }) => (
            <div data-nip={item.nip} className="candidate-eligibility">
              <strong>{outcomeLabel(item.eligibility)}</strong>
              <ul className="m-0">
                {items(item.checks).map((k) => (
                  <li key={k.rule} data-rule={k.rule}>
                    {outcomeLabel(k.outcome)}: {checkReason(k)}
                    {checkGap(k) ? ` (${checkGap(k)})` : ''}
                    {k.evidence ? (
                      <>
                        <br />
                        <small>
                          {translate(key`succession.evidence`)}: {k.evidence}
                        </small>
                      </>
                    ) : null}
                    {k.source ? (
                      <>
                        <br />
                        <small>
                          {translate(key`succession.source`)}: {k.source}
                        </small>
                      </>
                    ) : null}
                    {canSettle && !rechecked.value && sessionId && k.outcome === 'NEEDS_MANUAL_CHECK' ? (
                      <>
                        {' '}
                        <Button
                          theme="small"
                          className="settle-check"
                          onClick={() =>
                            (settling.value = {
                              nip: item.nip ?? '',
                              name: item.name ?? '',
                              rule: k.rule ?? '',
                              reason: checkReason(k),
                            })
                          }
                        >
                          {translate(key`succession.settle`)}
                        </Button>
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </GridColumn>
      </Grid>
      <Dialog
        opened={!!settling.value}
        onOpenedChanged={(e) => !e.detail.value && (settling.value = undefined)}
        header={
          <h3 className="m-0">
            {translate(key`succession.settle`)}: {settling.value?.name}
          </h3>
        }
        footer={
          <Button theme="primary" id="settle-submit" onClick={settle}>
            {translate(key`form.save`)}
          </Button>
        }
      >
        <p className="m-0 measure">{settling.value?.reason}</p>
        <Select
          id="settle-outcome"
          label={translate(key`succession.eligibility`)}
          value={outcome.value}
          items={['MET', 'NOT_MET'].map((o) => ({ label: outcomeLabel(o), value: o }))}
          onValueChanged={(e) => (outcome.value = e.detail.value)}
        />
        <TextArea
          id="settle-reason"
          label={translate(key`succession.settleReason`)}
          value={why.value}
          minlength={20}
          onValueChanged={(e) => (why.value = e.detail.value)}
          className="field-xl"
        />
      </Dialog>
    </>
  );
}
