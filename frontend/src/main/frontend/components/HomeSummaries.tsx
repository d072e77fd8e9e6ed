import { translate, key } from '@vaadin/hilla-react-i18n';
import { useSignal } from '@vaadin/hilla-react-signals';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { MobilityBrowserService, PlatformService, TalentBrowserService } from 'Frontend/generated/endpoints';
import type Card from 'Frontend/generated/id/meritasn/ui/TalentBrowserService/Card';
import type MobilityProfile from 'Frontend/generated/id/meritasn/mobility/MobilityRecords/MobilityProfile';
import type Tenant from 'Frontend/generated/id/meritasn/tenancy/Tenant';
import type Indicators from 'Frontend/generated/id/meritasn/succession/NationalFairness/Indicators';
import { Problem, showProblem } from 'Frontend/components/problems';

/**
 * An employee's home: their box in the newest published period with the next steps the box recommends, and whether
 * they take part in the national talent index; each links to the page that shows more.
 */
export function EmployeeSummary() {
  const card = useSignal<Card | null | undefined>(undefined);
  const period = useSignal('');
  const mobility = useSignal<MobilityProfile | undefined>(undefined);
  const problem = useSignal<string | undefined>(undefined);
  useEffect(() => {
    TalentBrowserService.publishedPeriods()
      .then(async (list) => {
        const newest = list[0];
        if (!newest) {
          card.value = null;
          return;
        }
        period.value = newest.name ?? '';
        card.value = (await TalentBrowserService.mine(newest.id)) ?? null;
      })
      .catch(showProblem(problem));
    MobilityBrowserService.profile()
      .then((p) => (mobility.value = p.profile))
      .catch(showProblem(problem));
  }, []);
  const box = card.value ? (card.value.finalBox ?? card.value.box) : undefined;
  return (
    <section id="home-employee" className="flex flex-col gap-s" aria-labelledby="home-employee-heading">
      <h2 className="m-0" id="home-employee-heading">
        {translate(key`homeEmployee.heading`)}
      </h2>
      <Problem id="home-employee-problem" className="m-0" text={problem.value} />
      {card.value === null ? <p className="m-0">{translate(key`homeEmployee.noResult`)}</p> : null}
      {card.value && box != null ? (
        <>
          <p className="m-0" id="home-box" data-box={box}>
            <Link to="/hasil-saya">{translate(key`homeEmployee.box`, { box, period: period.value })}</Link>
          </p>
          {card.value.actions.length > 0 ? (
            <>
              <strong>{translate(key`homeEmployee.nextSteps`)}</strong>
              <ul className="m-0" id="home-next-steps">
                {card.value.actions.slice(0, 3).map((a) => (
                  <li key={a}>{a}</li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : null}
      {mobility.value?.agencyParticipates ? (
        <p className="m-0" id="home-mobility" data-consented={mobility.value.consented}>
          <Link to="/mobilitas-saya">
            {mobility.value.consented ? translate(key`homeEmployee.inIndex`) : translate(key`homeEmployee.notInIndex`)}
          </Link>
        </p>
      ) : null}
    </section>
  );
}

/**
 * The platform's home for its admins and national oversight: agencies by status and the schema versions they are on,
 * and the national figures (agencies with a published map, employees mapped, in the pool and appointed, the groups
 * the four-fifths rule flags).
 */
export function PlatformSummary() {
  const tenants = useSignal<Tenant[]>([]);
  const figures = useSignal<Indicators | undefined>(undefined);
  const problem = useSignal<string | undefined>(undefined);
  useEffect(() => {
    PlatformService.tenants()
      .then((list) => (tenants.value = list))
      .catch(showProblem(problem));
    PlatformService.indicators()
      .then((found) => (figures.value = found))
      .catch(showProblem(problem));
  }, []);
  const f = figures.value;
  const count = (values: string[]) =>
    Object.entries(
      values.reduce<Record<string, number>>((all, v) => {
        all[v] = (all[v] ?? 0) + 1;
        return all;
      }, {}),
    ).sort(([a], [b]) => a.localeCompare(b));
  return (
    <section id="home-platform" className="flex flex-col gap-s" aria-labelledby="home-platform-heading">
      <h2 className="m-0" id="home-platform-heading">
        {translate(key`homePlatform.heading`)}
      </h2>
      <Problem id="home-platform-problem" className="m-0" text={problem.value} />
      <p className="m-0" id="home-agencies" data-count={tenants.value.length}>
        <Link to="/platform">{translate(key`homePlatform.agencies`, { count: tenants.value.length })}</Link>
      </p>
      <ul className="m-0">
        {count(tenants.value.map((t) => String(t.status))).map(([status, n]) => (
          <li key={status}>{translate(key`homePlatform.status`, { status, count: n })}</li>
        ))}
        {count(tenants.value.map((t) => t.schemaVersion)).map(([version, n]) => (
          <li key={version} className="home-schema-version">
            {translate(key`homePlatform.schema`, { version, count: n })}
          </li>
        ))}
      </ul>
      {f ? (
        <>
          <strong>{translate(key`homePlatform.national`)}</strong>
          <ul
            className="m-0"
            id="home-national"
            data-mapped={f.mapped}
            data-pool={f.pool}
            data-with-data={f.agenciesWithData}
          >
            <li>{translate(key`homePlatform.withMaps`, { count: f.agenciesWithData, agencies: f.agencies })}</li>
            <li>
              {translate(key`homePlatform.mapped`, {
                mapped: f.mapped,
                pool: f.pool,
                rate: f.mapped > 0 ? Math.round((1000 * f.pool) / f.mapped) / 10 : 0,
              })}
            </li>
            <li>{translate(key`homePlatform.appointed`, { count: f.appointed })}</li>
            <li id="home-national-flags">
              {(f.flaggedGroups ?? []).length === 0
                ? translate(key`homePlatform.noFlags`)
                : translate(key`homePlatform.flags`, { groups: (f.flaggedGroups ?? []).join('; ') })}
            </li>
          </ul>
        </>
      ) : null}
    </section>
  );
}
