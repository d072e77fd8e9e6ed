import { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { translate, key } from '@vaadin/hilla-react-i18n';
import { Button } from '@vaadin/react-components/Button.js';
import { TextField } from '@vaadin/react-components/TextField.js';
import { useSignal } from '@vaadin/hilla-react-signals';
import { useEffect } from 'react';
import { MobilityBrowserService } from 'Frontend/generated/endpoints';
import { useAuth } from 'Frontend/auth/auth';
import type MobilityRequest from 'Frontend/generated/id/meritasn/mobility/MobilityRecords/MobilityRequest';
import type RequestOutcome from 'Frontend/generated/id/meritasn/ui/MobilityBrowserService/RequestOutcome';
import DownloadButtons from 'Frontend/components/DownloadButtons';
import { Problem } from 'Frontend/components/problems';

export const config: ViewConfig = {
  title: key`mobilityRequests.menu`,
  rolesAllowed: ['TENANT_ADMIN', 'TALENT_COMMITTEE', 'PPK'],
  menu: { order: 6.1, icon: 'vaadin:exchange', title: key`mobilityRequests.menu` },
};

/**
 * Mobility requests the agency is a party to, both ways. The move needs the employee's consent, the releasing
 * agency's PPK and the receiving agency's PPK, in that order; each may refuse with a reason. The step offered is the
 * one whose turn it is for this agency and role; the service checks again.
 */
export default function MobilityRequestsView() {
  const { state, hasAccess } = useAuth();
  const ppk = hasAccess({ rolesAllowed: ['PPK'] });
  const admin = hasAccess({ rolesAllowed: ['TENANT_ADMIN'] });
  const agency = state.user?.agencies?.[0]?.key;
  const list = useSignal<MobilityRequest[]>([]);
  const reasons = useSignal<Record<string, string>>({});
  const problem = useSignal<string | undefined>(undefined);

  const load = async () => (list.value = await MobilityBrowserService.agencyRequests());
  useEffect(() => {
    load();
  }, []);
  const apply = async (step: Promise<RequestOutcome>) => {
    const outcome = await step;
    problem.value = outcome.problem;
    await load();
  };
  const reason = (id: string) => reasons.value[id] ?? '';

  return (
    <section className="p-l flex flex-col gap-m">
      <h2 className="m-0">{translate(key`mobilityRequests.heading`)}</h2>
      <Problem id="requests-problem" text={problem.value} />
      {list.value.length === 0 ? <p id="requests-none">{translate(key`mobilityRequests.none`)}</p> : null}
      {list.value.map((r) => {
        const id = r.id!;
        const releasing = r.fromAgency === agency;
        const turn = ppk && ((releasing && r.status === 'CONSENTED') || (!releasing && r.status === 'RELEASED'));
        return (
          <article
            key={id}
            className="mobility-request-row flex flex-col gap-xs panel"
            data-status={r.status}
            data-nip={r.nip}
          >
            <strong>
              {r.employeeName} ({r.fromAgency} → {r.toAgency})
            </strong>
            <span>
              {translate(key`mobilityRequests.for`)} {r.targetPositionName} ({r.targetPositionCode}) ·{' '}
              {translate(key`mobilityRequests.status`)} <strong className="request-status">{r.status}</strong>
              {r.refusedBy ? ` · ${r.refusedBy}: ${r.refusalReason ?? ''}` : ''}
            </span>
            <small>
              {translate(key`mobilityRequests.requestedBy`)} {r.requestedBy} · {r.requestedAt?.substring(0, 10)}
              {r.note ? ` · ${r.note}` : ''}
              {r.transferError ? ` · ${translate(key`mobilityRequests.transferError`)}: ${r.transferError}` : ''}
            </small>
            <DownloadButtons
              requestId={id}
              idSuffix={id}
              downloads={[{ kind: 'MOBILITY_REQUEST_LETTER', format: 'PDF' }]}
            />
            {turn ? (
              <div className="flex gap-s items-end">
                <TextField
                  label={translate(key`mobilityRequests.reason`)}
                  value={reason(id)}
                  className="request-reason field-m"
                  onValueChanged={(e) => (reasons.value = { ...reasons.value, [id]: e.detail.value })}
                />
                <Button
                  theme="primary small"
                  className="request-approve"
                  onClick={() =>
                    apply(
                      releasing
                        ? MobilityBrowserService.release(id, true, reason(id))
                        : MobilityBrowserService.accept(id, true, reason(id)),
                    )
                  }
                >
                  {translate(releasing ? key`mobilityRequests.release` : key`mobilityRequests.accept`)}
                </Button>
                <Button
                  theme="error small"
                  className="request-refuse"
                  disabled={!reason(id).trim()}
                  onClick={() =>
                    apply(
                      releasing
                        ? MobilityBrowserService.release(id, false, reason(id))
                        : MobilityBrowserService.accept(id, false, reason(id)),
                    )
                  }
                >
                  {translate(key`mobilityRequests.refuse`)}
                </Button>
              </div>
            ) : null}
            {(ppk || admin) && r.status === 'ACCEPTED' && r.transferError ? (
              <div>
                <Button
                  theme="small"
                  className="request-retry"
                  onClick={() => apply(MobilityBrowserService.retryTransfer(id))}
                >
                  {translate(key`mobilityRequests.retry`)}
                </Button>
              </div>
            ) : null}
          </article>
        );
      })}
    </section>
  );
}
