import { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { translate, key } from '@vaadin/hilla-react-i18n';
import { Button } from '@vaadin/react-components/Button.js';
import { Select } from '@vaadin/react-components/Select.js';
import { TextField } from '@vaadin/react-components/TextField.js';
import { useSignal } from '@vaadin/hilla-react-signals';
import { useEffect } from 'react';
import { CompletenessBrowserService, TalentBrowserService } from 'Frontend/generated/endpoints';
import type UnitDeclaration from 'Frontend/generated/id/meritasn/assessment/CompletenessService/UnitDeclaration';
import { useAuth } from 'Frontend/auth/auth';
import DownloadButtons from 'Frontend/components/DownloadButtons';
import { Problem } from 'Frontend/components/problems';

export const config: ViewConfig = {
  title: key`completeness.menu`,
  rolesAllowed: ['TENANT_ADMIN', 'ASSESSOR', 'TALENT_COMMITTEE', 'PPK'],
  menu: { order: 4.7, icon: 'vaadin:check-square-o', title: key`completeness.menu` },
};

/**
 * Before a period is published every unit's data is declared complete (with what is still missing at that moment)
 * or the unit is excluded with a reason; the talent pool takes nobody from a unit that is not declared.
 */
export default function CompletenessView() {
  const { hasAccess } = useAuth();
  const admin = hasAccess({ rolesAllowed: ['TENANT_ADMIN'] });
  const periods = useSignal<{ label: string; value: string }[]>([]);
  const periodId = useSignal('');
  const units = useSignal<(UnitDeclaration | undefined)[]>([]);
  const reasons = useSignal<Record<string, string>>({});
  const message = useSignal<string | undefined>(undefined);

  useEffect(() => {
    TalentBrowserService.periods().then((list) => {
      periods.value = list.map((p) => ({ label: `${p?.name} (${p?.status})`, value: String(p?.id) }));
      if (list.length > 0) periodId.value = String(list[0]?.id);
    });
  }, []);
  const load = () =>
    periodId.value
      ? CompletenessBrowserService.declarations(Number(periodId.value)).then((list) => (units.value = list))
      : undefined;
  useEffect(() => {
    load();
  }, [periodId.value]);

  const act = async (call: Promise<({ message?: string } | undefined)[]>) => {
    const refused = await call;
    message.value = refused.length > 0 ? refused.map((r) => r?.message).join(' ') : undefined;
    load();
  };
  const status = (u: UnitDeclaration | undefined) =>
    translate(
      u?.status === 'DECLARED'
        ? key`completeness.DECLARED`
        : u?.status === 'EXCLUDED'
          ? key`completeness.EXCLUDED`
          : key`completeness.UNDECLARED`,
    );

  return (
    <section className="p-l flex flex-col gap-m" id="completeness-view">
      <h2 className="m-0">{translate(key`completeness.heading`)}</h2>
      <p className="m-0 text-s">{translate(key`completeness.help`)}</p>
      <Select
        id="completeness-period"
        label={translate(key`talentmap.period`)}
        items={periods.value}
        value={periodId.value}
        onValueChanged={(e) => (periodId.value = e.detail.value)}
      />
      {periodId.value ? (
        <DownloadButtons
          periodId={Number(periodId.value)}
          downloads={[{ kind: 'UNIT_COMPLETENESS', format: 'XLSX' }]}
        />
      ) : null}
      <Problem id="completeness-refused" text={message.value} />
      <table id="completeness-table">
        <thead>
          <tr>
            <th scope="col">{translate(key`completeness.unit`)}</th>
            <th scope="col">{translate(key`completeness.employees`)}</th>
            <th scope="col">{translate(key`completeness.notMapped`)}</th>
            <th scope="col">{translate(key`completeness.status`)}</th>
            <th scope="col">{translate(key`completeness.actions`)}</th>
          </tr>
        </thead>
        <tbody>
          {units.value.map((u) => (
            <tr key={u?.unitCode} id={`unit-${u?.unitCode}`}>
              <td>
                {u?.unitName} <code className="text-s">{u?.unitCode}</code>
              </td>
              <td>{u?.employees}</td>
              <td>{u?.notMapped}</td>
              <td className="declaration-status">
                {status(u)}
                {u?.reason ? `: ${u.reason}` : ''}
                {u?.declaredBy ? <span className="text-s"> ({u.declaredBy})</span> : null}
              </td>
              <td className="flex gap-s items-end">
                {admin ? (
                  <>
                    <Button
                      className="declare"
                      onClick={() => act(CompletenessBrowserService.declare(Number(periodId.value), u?.unitCode ?? ''))}
                    >
                      {translate(key`completeness.declare`)}
                    </Button>
                    <TextField
                      aria-label={`${translate(key`completeness.reason`)} ${u?.unitName}`}
                      placeholder={translate(key`completeness.reason`)}
                      value={reasons.value[u?.unitCode ?? ''] ?? ''}
                      onValueChanged={(e) =>
                        (reasons.value = { ...reasons.value, [u?.unitCode ?? '']: e.detail.value })
                      }
                    />
                    <Button
                      className="exclude"
                      onClick={() =>
                        act(
                          CompletenessBrowserService.exclude(
                            Number(periodId.value),
                            u?.unitCode ?? '',
                            reasons.value[u?.unitCode ?? ''] ?? '',
                          ),
                        )
                      }
                    >
                      {translate(key`completeness.exclude`)}
                    </Button>
                  </>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
