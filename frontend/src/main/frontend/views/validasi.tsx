import { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { translate, key } from '@vaadin/hilla-react-i18n';
import { Button } from '@vaadin/react-components/Button.js';
import { TextField } from '@vaadin/react-components/TextField.js';
import { useSignal } from '@vaadin/hilla-react-signals';
import { useEffect } from 'react';
import { ValidationBrowserService } from 'Frontend/generated/endpoints';
import type PeriodQueue from 'Frontend/generated/id/meritasn/assessment/AssessmentRecords/PeriodQueue';
import { Problem, showProblem } from 'Frontend/components/problems';

export const config: ViewConfig = {
  title: key`validation.menu`,
  rolesAllowed: ['EMPLOYEE', 'TENANT_ADMIN', 'ASSESSOR', 'TALENT_COMMITTEE', 'PPK'],
  menu: { order: 3.3, icon: 'vaadin:check-square-o', title: key`validation.menu` },
};

/**
 * Tiered assessment (berjenjang): the inputs waiting for the signed-in person's tier, each validated or sent back with
 * a reason. Who holds which tier comes from the organisation; nobody validates what they entered themselves.
 */
export default function ValidationView() {
  const queues = useSignal<(PeriodQueue | undefined)[] | undefined>(undefined);
  const reasons = useSignal<Record<string, string>>({});
  const status = useSignal<Record<string, string>>({});
  const problem = useSignal<string | undefined>(undefined);
  const load = () =>
    ValidationBrowserService.myQueue()
      .then((list) => (queues.value = list))
      .catch(showProblem(problem));
  useEffect(() => {
    load();
  }, []);

  const decide = async (periodId: number, nip: string, kind: string, approve: boolean) => {
    const id = `${periodId}/${nip}/${kind}`;
    const refused = await ValidationBrowserService.decide(periodId, nip, kind, approve, reasons.value[id]);
    status.value = { ...status.value, [id]: refused ? (refused.message ?? '') : translate(key`validation.done`) };
    if (!refused) load();
  };

  if (queues.value === undefined)
    return problem.value ? (
      <Problem className="p-l" text={problem.value} />
    ) : (
      <p className="p-l">{translate(key`agencies.loading`)}</p>
    );
  const waiting = queues.value.reduce((n, q) => n + (q?.waiting?.length ?? 0), 0);
  return (
    <section className="p-l flex flex-col gap-m" id="validation-queue">
      <h2 className="m-0">{translate(key`validation.heading`)}</h2>
      <p className="m-0 text-s">{translate(key`validation.help`)}</p>
      <Problem text={problem.value} />
      {waiting === 0 ? <p id="validation-none">{translate(key`validation.none`)}</p> : null}
      {queues.value
        .filter((q) => (q?.waiting?.length ?? 0) > 0)
        .map((q) => (
          <div key={q?.periodId} className="flex flex-col gap-s">
            <h3 className="m-0">{q?.periodName}</h3>
            <table className="validation-table">
              <thead>
                <tr>
                  <th scope="col">{translate(key`validation.employee`)}</th>
                  <th scope="col">{translate(key`validation.input`)}</th>
                  <th scope="col">{translate(key`validation.tier`)}</th>
                  <th scope="col">{translate(key`validation.decision`)}</th>
                </tr>
              </thead>
              <tbody>
                {(q?.waiting ?? []).map((w) => {
                  const id = `${q?.periodId}/${w?.nip}/${w?.kind}`;
                  return (
                    <tr key={id} id={`pending-${w?.nip}-${w?.kind}`}>
                      <td>
                        <code className="text-s">{w?.nip}</code>
                      </td>
                      <td>
                        {w?.kind}: <code className="text-s">{w?.payload}</code>
                        <br />
                        <span className="text-s">
                          {w?.evidence} · {w?.enteredBy}
                        </span>
                      </td>
                      <td>
                        {w?.tier} / {w?.tiers}
                      </td>
                      <td className="flex flex-col gap-xs">
                        <Button
                          className="validate"
                          theme="primary"
                          onClick={() => decide(q?.periodId ?? 0, w?.nip ?? '', w?.kind ?? '', true)}
                        >
                          {translate(key`validation.validate`)}
                        </Button>
                        <TextField
                          label={translate(key`validation.reason`)}
                          value={reasons.value[id] ?? ''}
                          onValueChanged={(e) => (reasons.value = { ...reasons.value, [id]: e.detail.value })}
                        />
                        <Button
                          className="send-back"
                          disabled={(reasons.value[id] ?? '').trim().length < 10}
                          onClick={() => decide(q?.periodId ?? 0, w?.nip ?? '', w?.kind ?? '', false)}
                        >
                          {translate(key`validation.sendBack`)}
                        </Button>
                        {status.value[id] ? (
                          <span role="status" className="text-s">
                            {status.value[id]}
                          </span>
                        ) : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        ))}
    </section>
  );
}
