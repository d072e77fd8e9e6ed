import { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { translate, key } from '@vaadin/hilla-react-i18n';
import { Button } from '@vaadin/react-components/Button.js';
import { DatePicker } from '@vaadin/react-components/DatePicker.js';
import { TextField } from '@vaadin/react-components/TextField.js';
import { useSignal } from '@vaadin/hilla-react-signals';
import { useEffect } from 'react';
import { MobilityBrowserService } from 'Frontend/generated/endpoints';
import type MobilityProfile from 'Frontend/generated/id/meritasn/mobility/MobilityRecords/MobilityProfile';
import type MobilityRequest from 'Frontend/generated/id/meritasn/mobility/MobilityRecords/MobilityRequest';
import type ProfileOutcome from 'Frontend/generated/id/meritasn/ui/MobilityBrowserService/ProfileOutcome';
import { items } from 'Frontend/components/successionLabels';
import { Problem, showProblem } from 'Frontend/components/problems';

export const config: ViewConfig = {
  title: key`myMobility.menu`,
  rolesAllowed: ['EMPLOYEE'],
  menu: { order: 3.2, icon: 'vaadin:exchange', title: key`myMobility.menu` },
};

const list = (value: string) =>
  value
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v);

/**
 * The employee's own mobility page: consent to be found by other agencies (withdrawable at any time), career
 * aspirations, exactly what the national index holds about them, and requests for them to consent to or refuse.
 */
export default function MyMobilityView() {
  const profile = useSignal<MobilityProfile | undefined>(undefined);
  const requests = useSignal<MobilityRequest[]>([]);
  const problem = useSignal<string | undefined>(undefined);
  const kinds = useSignal('');
  const regions = useSignal('');
  const earliest = useSignal('');
  const reasons = useSignal<Record<string, string>>({});

  const show = (outcome: ProfileOutcome) => {
    problem.value = outcome.problem;
    if (outcome.profile) {
      profile.value = outcome.profile;
      kinds.value = items(outcome.profile.aspirations?.positionKinds).join(', ');
      regions.value = items(outcome.profile.aspirations?.regions).join(', ');
      earliest.value = outcome.profile.aspirations?.earliestDate ?? '';
    }
  };
  const loadRequests = async () =>
    (requests.value = await MobilityBrowserService.ownRequests().catch(showProblem(problem, [])));
  useEffect(() => {
    MobilityBrowserService.profile().then(show).catch(showProblem(problem));
    loadRequests();
  }, []);

  const p = profile.value;
  const shared = p?.shared;
  return (
    <section className="p-l flex flex-col gap-m">
      <h2 className="m-0">{translate(key`myMobility.heading`)}</h2>
      <Problem id="my-mobility-problem" text={problem.value} />
      {p && !p.agencyParticipates ? <p id="my-mobility-off">{translate(key`myMobility.notParticipating`)}</p> : null}
      {p ? (
        <div className="flex flex-col gap-s">
          <p className="m-0" id="my-mobility-consent" data-consented={p.consented}>
            {p.consented
              ? translate(key`myMobility.consented`, { since: p.consentedAt?.substring(0, 10) ?? '' })
              : translate(key`myMobility.notConsented`)}
          </p>
          <div>
            {p.consented ? (
              <Button
                theme="error"
                id="my-mobility-withdraw"
                onClick={async () => show(await MobilityBrowserService.consent(false))}
              >
                {translate(key`myMobility.withdraw`)}
              </Button>
            ) : (
              <Button
                theme="primary"
                id="my-mobility-give"
                disabled={!p.agencyParticipates}
                onClick={async () => show(await MobilityBrowserService.consent(true))}
              >
                {translate(key`myMobility.give`)}
              </Button>
            )}
          </div>
          <h3 className="m-0">{translate(key`myMobility.aspirations`)}</h3>
          <div className="flex gap-s flex-wrap items-end">
            <TextField
              id="my-mobility-kinds"
              label={translate(key`myMobility.kinds`)}
              value={kinds.value}
              helperText="JPT, ADMINISTRATOR, FUNGSIONAL_KEAHLIAN, …"
              onValueChanged={(e) => (kinds.value = e.detail.value)}
              className="field-l"
            />
            <TextField
              id="my-mobility-regions"
              label={translate(key`myMobility.regions`)}
              value={regions.value}
              helperText={translate(key`myMobility.regionsHelp`)}
              onValueChanged={(e) => (regions.value = e.detail.value)}
              className="field-l"
            />
            <DatePicker
              id="my-mobility-earliest"
              label={translate(key`myMobility.earliest`)}
              value={earliest.value}
              onValueChanged={(e) => (earliest.value = e.detail.value)}
            />
            <Button
              id="my-mobility-save"
              onClick={async () =>
                show(
                  await MobilityBrowserService.saveAspirations(
                    list(kinds.value),
                    list(regions.value),
                    earliest.value || undefined,
                  ),
                )
              }
            >
              {translate(key`myMobility.save`)}
            </Button>
          </div>
          <h3 className="m-0">{translate(key`myMobility.shared`)}</h3>
          {shared ? (
            <p className="m-0" id="my-mobility-shared">
              {shared.name} · {shared.agencyName} · {shared.golongan} · {shared.positionName ?? '—'}
              {shared.box ? ` · ${translate(key`talent.box`)} ${shared.box}` : ''}
              {shared.scoreBand ? ` · ${shared.scoreBand}` : ''}
              {' · '}
              {translate(key`myMobility.competencies`)}{' '}
              {Object.entries(shared.competencies ?? {})
                .map(([c, l]) => `${c} ${l}`)
                .join(', ')}
            </p>
          ) : (
            <p className="m-0" id="my-mobility-nothing">
              {translate(key`myMobility.nothingShared`)}
            </p>
          )}
        </div>
      ) : null}
      <h3 className="m-0">{translate(key`myMobility.requests`)}</h3>
      {requests.value.length === 0 ? <p className="m-0">{translate(key`mobilityRequests.none`)}</p> : null}
      {requests.value.map((r) => {
        const id = r.id!;
        const reason = reasons.value[id] ?? '';
        return (
          <article key={id} className="my-request panel" data-status={r.status}>
            <strong>
              {r.toAgency}: {r.targetPositionName}
            </strong>{' '}
            · <span className="request-status">{r.status}</span>
            {r.status === 'REQUESTED' ? (
              <div className="flex gap-s items-end">
                <TextField
                  label={translate(key`mobilityRequests.reason`)}
                  value={reason}
                  onValueChanged={(e) => (reasons.value = { ...reasons.value, [id]: e.detail.value })}
                />
                <Button
                  theme="primary small"
                  className="my-request-consent"
                  onClick={async () => {
                    const o = await MobilityBrowserService.respond(id, true, reason);
                    problem.value = o.problem;
                    await loadRequests();
                  }}
                >
                  {translate(key`myMobility.agree`)}
                </Button>
                <Button
                  theme="error small"
                  className="my-request-refuse"
                  disabled={!reason.trim()}
                  onClick={async () => {
                    const o = await MobilityBrowserService.respond(id, false, reason);
                    problem.value = o.problem;
                    await loadRequests();
                  }}
                >
                  {translate(key`mobilityRequests.refuse`)}
                </Button>
              </div>
            ) : null}
          </article>
        );
      })}
    </section>
  );
}
