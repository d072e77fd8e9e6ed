import { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { translate, key } from '@vaadin/hilla-react-i18n';
import { Button } from '@vaadin/react-components/Button.js';
import { TextField } from '@vaadin/react-components/TextField.js';
import { useSignal } from '@vaadin/hilla-react-signals';
import { useEffect } from 'react';
import { CareerRoadmapBrowserService } from 'Frontend/generated/endpoints';
import { useAuth } from 'Frontend/auth/auth';
import type CareerRoadmap from 'Frontend/generated/id/meritasn/succession/SuccessionRecords/CareerRoadmap';
import { items, outcomeLabel } from 'Frontend/components/successionLabels';
import { checkGap, checkReason, serverText } from 'Frontend/components/serverTexts';
import { Problem, problemText } from 'Frontend/components/problems';

export const config: ViewConfig = {
  title: key`roadmap.menu`,
  rolesAllowed: ['EMPLOYEE', 'TENANT_ADMIN'],
  menu: { order: 3.1, icon: 'vaadin:road-branches', title: key`roadmap.menu` },
};

/**
 * The career roadmap (Palangka Raya): positions to aim for next, each eligibility rule met or not yet and what would
 * close the gap, and the development plan of the employee's box. Employees see their own; their supervisor and the
 * tenant admin may look one up by NIP; the service refuses anyone else.
 */
// each key spelled out (not built from the value): the build keeps only the translation keys it finds
function needLabel(need: string | undefined): string {
  switch (need) {
    case 'VACANT':
      return translate(key`roadmap.need.VACANT`);
    case 'RETIREMENT':
      return translate(key`roadmap.need.RETIREMENT`);
    case 'PLANNED_MOVE':
      return translate(key`roadmap.need.PLANNED_MOVE`);
    case 'CRITICAL':
      return translate(key`roadmap.need.CRITICAL`);
    default:
      return String(need);
  }
}

export default function CareerRoadmapView() {
  const { hasAccess } = useAuth();
  const lookup = hasAccess({ rolesAllowed: ['TENANT_ADMIN', 'EMPLOYEE'] });
  const nip = useSignal('');
  const roadmap = useSignal<CareerRoadmap | null | undefined>(undefined);
  const error = useSignal<string | undefined>(undefined);
  const load = (whose?: string) =>
    CareerRoadmapBrowserService.roadmap(whose)
      .then((r) => {
        roadmap.value = r ?? null;
        error.value = undefined;
      })
      .catch((e) => {
        roadmap.value = undefined;
        error.value = problemText(e);
      });
  useEffect(() => {
    load(undefined);
  }, []);
  const r = roadmap.value;
  return (
    <section className="p-l flex flex-col gap-m">
      <h2 className="m-0">{translate(key`roadmap.heading`)}</h2>
      {lookup ? (
        <div className="flex gap-s items-end">
          <TextField
            id="roadmap-nip"
            label={translate(key`roadmap.nip`)}
            value={nip.value}
            helperText={translate(key`roadmap.nipHelp`)}
            onValueChanged={(e) => (nip.value = e.detail.value)}
          />
          <Button id="roadmap-show" onClick={() => load(nip.value.trim() || undefined)}>
            {translate(key`roadmap.show`)}
          </Button>
        </div>
      ) : null}
      <Problem id="roadmap-error" text={error.value} />
      {r === null ? <p>{translate(key`roadmap.none`)}</p> : null}
      {r ? (
        <div className="flex flex-col gap-m" id="roadmap">
          <p className="m-0">
            <strong id="roadmap-name">{r.name}</strong> · NIP {r.nip}
            {r.currentPosition ? ` · ${r.currentPosition.name}` : ''}
            {r.box ? ` · ${translate(key`talent.box`)} ${r.box}${r.periodName ? ` (${r.periodName})` : ''}` : ''}
          </p>
          {r.noteText ? (
            <p className="m-0" id="roadmap-note">
              {serverText(r.noteText)}
            </p>
          ) : null}
          {items(r.developmentPlan).length > 0 ? (
            <div>
              <strong>{translate(key`roadmap.plan`)}</strong>
              <ul className="m-0" id="roadmap-plan">
                {items(r.developmentPlan).map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <h3 className="m-0">{translate(key`roadmap.targets`)}</h3>
          {items(r.targets).length === 0 ? <p className="m-0">{translate(key`roadmap.noTargets`)}</p> : null}
          {items(r.targets).map((t) => (
            <article key={t.position?.id} className="roadmap-target panel" data-outcome={t.eligibility}>
              <span className="roadmap-step">{translate(key`roadmap.step`, { step: t.step })}</span> ·{' '}
              <strong>{t.position?.name}</strong> ({t.position?.code}) · {outcomeLabel(t.eligibility)}
              {t.jpm != null ? ` · JPM ${t.jpm}%` : ''}
              {items(t.needs).length > 0 ? (
                <div className="roadmap-needs text-s">
                  {translate(key`roadmap.needs`)}: {items(t.needs).map(needLabel).join(', ')}
                  {t.vacancyDate ? ` (${translate(key`roadmap.vacancyDate`)} ${t.vacancyDate})` : ''}
                </div>
              ) : null}
              <div className="roadmap-successors text-s">
                {translate(key`roadmap.successors`, { count: t.successors })}
              </div>
              {t.training ? (
                <div className="roadmap-training text-s" data-on-record={t.training.onRecord}>
                  {translate(key`roadmap.training`)}: {t.training.programme} —{' '}
                  {t.training.onRecord
                    ? `${translate(key`roadmap.trainingDone`)} ${t.training.evidence ?? ''}`
                    : translate(key`roadmap.trainingMissing`)}
                </div>
              ) : null}
              <ul className="m-0">
                {items(t.checks).map((k) => (
                  <li key={k.rule}>
                    {outcomeLabel(k.outcome)}: {checkReason(k)}
                    {checkGap(k) ? (
                      <em>
                        {' '}
                        — {translate(key`roadmap.gap`)}: {checkGap(k)}
                      </em>
                    ) : null}
                  </li>
                ))}
              </ul>
            </article>
          ))}
        </div>
      ) : null}
    </section>
  );
}
