import { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { translate, key } from '@vaadin/hilla-react-i18n';
import { Button } from '@vaadin/react-components/Button.js';
import { DatePicker } from '@vaadin/react-components/DatePicker.js';
import { Select } from '@vaadin/react-components/Select.js';
import { TextArea } from '@vaadin/react-components/TextArea.js';
import { useSignal } from '@vaadin/hilla-react-signals';
import { useEffect } from 'react';
import { useParams } from 'react-router';
import { CommitteeBrowserService, SuccessionBrowserService } from 'Frontend/generated/endpoints';
import { useAuth } from 'Frontend/auth/auth';
import type CaseView from 'Frontend/generated/id/meritasn/ui/SuccessionBrowserService/CaseView';
import type CaseOutcome from 'Frontend/generated/id/meritasn/ui/SuccessionBrowserService/CaseOutcome';
import type CommitteeSession from 'Frontend/generated/id/meritasn/succession/SuccessionRecords/CommitteeSession';
import { items, outcomeLabel, statusLabel } from 'Frontend/components/successionLabels';
import CandidateGrid from 'Frontend/components/CandidateGrid';
import Objections from 'Frontend/components/Objections';
import SlateForm from 'Frontend/components/SlateForm';
import SlateGrid from 'Frontend/components/SlateGrid';
import DownloadButtons from 'Frontend/components/DownloadButtons';
import { Problem, problemText } from 'Frontend/components/problems';

export const config: ViewConfig = {
  title: key`succession.case`,
  rolesAllowed: ['TENANT_ADMIN', 'TALENT_COMMITTEE', 'PPK'],
};

const STEPS = ['OPEN', 'SLATE_PROPOSED', 'DECIDED', 'ANNOUNCED', 'FINALIZED'];

/**
 * One succession case from the ranked candidates to the appointment. Each step shows only to the role that takes it
 * (the services check the role again): the committee names the slate, the PPK decides, the shortlist is announced,
 * the committee answers objections, the PPK finalizes after the window.
 */
export default function SuccessionCaseView() {
  const { id } = useParams();
  const { state, hasAccess } = useAuth();
  const committee = hasAccess({ rolesAllowed: ['TALENT_COMMITTEE'] });
  const ppk = hasAccess({ rolesAllowed: ['PPK'] });
  const announcer = hasAccess({ rolesAllowed: ['TENANT_ADMIN', 'TALENT_COMMITTEE'] });
  const view = useSignal<CaseView | null | undefined>(undefined);
  const problems = useSignal<string[]>([]);
  const sessions = useSignal<CommitteeSession[]>([]);
  const sessionId = useSignal('');
  const chosen = useSignal('');
  const reason = useSignal('');
  const correcting = useSignal(false);
  const effective = useSignal('');

  const load = async () => {
    view.value = (await SuccessionBrowserService.caseView(Number(id))) ?? null;
  };
  useEffect(() => {
    load();
    // a closed session decides nothing more: only open ones are offered for the slate and the checks
    CommitteeBrowserService.sessions()
      .then((all) => {
        const list = all.filter((s) => !s.closedAt);
        sessions.value = list;
        if (list.length > 0) sessionId.value = String(list[0]?.id);
      })
      .catch((e) => (problems.value = [problemText(e)]));
  }, [id]);

  const apply = async (step: Promise<CaseOutcome>) => {
    const result = await step;
    problems.value = result.problems;
    if (result.view) {
      view.value = result.view;
      reason.value = '';
      correcting.value = false;
    }
  };

  if (view.value === undefined) return <section className="p-l">…</section>;
  if (view.value === null)
    return (
      <section className="p-l">
        <p role="alert">{translate(key`succession.notFound`)}</p>
      </section>
    );
  const c = view.value.successionCase;
  const slate = items(c.slate?.candidates);
  const decisions = items(c.decisions);
  const decision = decisions[0];
  const agency = state.user?.agencies?.[0]?.key;
  const candidateItems = view.value.candidates
    .filter((k) => k.eligibility !== 'NOT_MET')
    .map((k) => ({ label: `${k.rank}. ${k.name} (${outcomeLabel(k.eligibility)})`, value: k.nip }));
  const slateChoice = slate.find((s) => s.nip === chosen.value);
  const reasonNeeded = !!slateChoice && slateChoice.rank !== 1;

  return (
    <section className="p-l flex flex-col gap-m">
      <h2 className="m-0" id="case-heading">
        {c.position?.name} <small>({c.position?.code})</small>
      </h2>
      <ol className="flex gap-m m-0 p-0 list-none" id="case-steps">
        {STEPS.map((s, i) => (
          <li
            key={s}
            data-current={s === c.status}
            className={
              s === c.status ? 'step-current' : STEPS.indexOf(c.status ?? 'OPEN') >= i ? undefined : 'step-ahead'
            }
          >
            {i + 1}. {statusLabel(s)}
          </li>
        ))}
      </ol>
      <p className="m-0" id="case-status" data-status={c.status}>
        {translate(key`succession.status`)}: {statusLabel(c.status)}
      </p>
      {problems.value.length > 0 ? (
        <Problem as="div" id="case-problems">
          <ul>
            {problems.value.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </Problem>
      ) : null}

      <DownloadButtons
        caseId={c.id}
        downloads={[
          { kind: 'SUCCESSION_GROUP', format: 'PDF' },
          ...((c.decisions ?? []).length > 0 ? [{ kind: 'DECISION_DRAFT', format: 'PDF' as const }] : []),
          ...(c.announcement ? [{ kind: 'ANNOUNCEMENT_NOTICE', format: 'PDF' as const }] : []),
        ]}
      />
      <h3 className="m-0">{translate(key`succession.candidates`)}</h3>
      <CandidateGrid
        caseId={c.id}
        candidates={view.value.candidates}
        sessionId={sessionId.value}
        apply={apply}
        canSettle={committee && c.status !== 'FINALIZED'}
      />

      {committee && (c.status === 'OPEN' || c.status === 'SLATE_PROPOSED') ? (
        <SlateForm
          sessions={sessions.value}
          sessionId={sessionId.value}
          onSession={(session) => (sessionId.value = session)}
          candidates={candidateItems}
          onNominate={(picks) =>
            apply(
              SuccessionBrowserService.nominate(
                c.id,
                Number(sessionId.value),
                picks.map((p) => ({ ...p, developmentPlan: undefined })),
              ),
            )
          }
        />
      ) : null}

      {slate.length > 0 ? <SlateGrid slate={slate} /> : null}

      <div id="decision" className="flex flex-col gap-s">
        <h3 className="m-0">{translate(key`succession.decision`)}</h3>
        {decisions.length === 0 ? (
          <p className="m-0">{translate(key`succession.noDecision`)}</p>
        ) : (
          <ul className="m-0" id="decisions">
            {decisions.map((d, i) => (
              <li key={d.id} data-in-force={i === 0}>
                {d.name} ({translate(key`succession.slateRank`)} {d.rank}) · {d.decidedBy} ·{' '}
                {d.decidedAt?.substring(0, 10)}
                {d.reason ? ` · ${d.reason}` : ''}
                {d.correctsId ? ` · ${translate(key`succession.corrects`)} #${d.correctsId}` : ''}
              </li>
            ))}
          </ul>
        )}
        {ppk &&
        (c.status === 'SLATE_PROPOSED' ||
          (correcting.value && (c.status === 'DECIDED' || c.status === 'ANNOUNCED'))) ? (
          <div className="flex flex-col gap-s" id="decision-form">
            <Select
              id="decision-nip"
              label={translate(key`succession.successor`)}
              value={chosen.value}
              items={slate.map((s) => ({ label: `${s.rank}. ${s.name}`, value: s.nip }))}
              className="field-xl"
              onValueChanged={(e) => (chosen.value = e.detail.value)}
            />
            <TextArea
              id="decision-reason"
              label={translate(key`succession.reason`)}
              value={reason.value}
              required={reasonNeeded || correcting.value}
              className="field-xl"
              helperText={reasonNeeded ? translate(key`succession.reasonNeeded`) : undefined}
              onValueChanged={(e) => (reason.value = e.detail.value)}
            />
            <Button
              theme="primary"
              id="decision-submit"
              disabled={!chosen.value || ((reasonNeeded || correcting.value) && reason.value.trim() === '')}
              onClick={() =>
                apply(
                  correcting.value
                    ? SuccessionBrowserService.correct(c.id, chosen.value, reason.value)
                    : SuccessionBrowserService.decide(c.id, chosen.value, reason.value),
                )
              }
            >
              {translate(correcting.value ? key`succession.correct` : key`succession.decide`)}
            </Button>
          </div>
        ) : null}
        {ppk && !correcting.value && (c.status === 'DECIDED' || c.status === 'ANNOUNCED') ? (
          <Button id="decision-correct" theme="tertiary" onClick={() => (correcting.value = true)}>
            {translate(key`succession.correct`)}
          </Button>
        ) : null}
      </div>

      <div id="announcement" className="flex flex-col gap-s">
        <h3 className="m-0">{translate(key`succession.announcement`)}</h3>
        {c.announcement ? (
          <p className="m-0" id="announcement-dates" data-announcement={c.announcement.id}>
            {translate(key`succession.announcedOn`)} {c.announcement.announcedOn} ·{' '}
            {translate(key`succession.objectionDeadline`)} <strong>{c.announcement.objectionDeadline}</strong> ·{' '}
            {c.announcement.status}
            {agency ? (
              <>
                {' '}
                ·{' '}
                <a href={`/pengumuman/${agency}`} target="_blank" rel="noreferrer">
                  {translate(key`succession.publicPage`)}
                </a>
              </>
            ) : null}
          </p>
        ) : null}
        {announcer && c.status === 'DECIDED' ? (
          <Button theme="primary" id="announce" onClick={() => apply(SuccessionBrowserService.announce(c.id))}>
            {translate(key`succession.announce`)}
          </Button>
        ) : null}
        <Objections
          objections={view.value.objections}
          canRespond={committee}
          onRespond={(objection, response) => apply(SuccessionBrowserService.respond(objection, response))}
        />
      </div>

      {ppk && c.status === 'ANNOUNCED' ? (
        <div className="flex gap-s items-end" id="finalize-form">
          <DatePicker
            id="finalize-date"
            label={translate(key`succession.effective`)}
            value={effective.value}
            onValueChanged={(e) => (effective.value = e.detail.value)}
          />
          <Button
            theme="primary success"
            id="finalize"
            onClick={() => apply(SuccessionBrowserService.finalizeAppointment(c.id, effective.value || undefined))}
          >
            {translate(key`succession.finalize`)}
          </Button>
        </div>
      ) : null}
      {c.finalizedOn ? (
        <p className="m-0" id="finalized">
          {translate(key`succession.finalizedOn`)} {c.finalizedOn}
          {decision ? ` · ${decision.name}` : ''}
        </p>
      ) : null}
    </section>
  );
}
