import { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { translate, key } from '@vaadin/hilla-react-i18n';
import { Grid } from '@vaadin/react-components/Grid.js';
import { GridColumn } from '@vaadin/react-components/GridColumn.js';
import { useSignal } from '@vaadin/hilla-react-signals';
import { useEffect } from 'react';
import { MyAgencyService } from 'Frontend/generated/endpoints';
import type AgencyProfile from 'Frontend/generated/id/meritasn/tenancy/AgencyProfile';

export const config: ViewConfig = {
  title: key`myAgency.menu`,
  loginRequired: true,
  menu: { order: 5, icon: 'vaadin:building', title: key`myAgency.menu` },
};

export default function MyAgencyView() {
  const agency = useSignal<AgencyProfile | null | undefined>(undefined);

  useEffect(() => {
    MyAgencyService.myAgency().then((a) => (agency.value = a ?? null));
  }, []);

  if (agency.value === undefined) {
    return <p className="p-l">{translate(key`agencies.loading`)}</p>;
  }
  if (agency.value === null) {
    return (
      <p className="p-l" id="no-agency">
        {translate(key`myAgency.none`)}
      </p>
    );
  }
  return (
    <section className="p-l flex flex-col gap-m">
      <h2 className="m-0" id="agency-name">
        {agency.value.displayName}
      </h2>
      <p>
        {agency.value.region} · <code>{agency.value.key}</code>
      </p>
      <h3 className="m-0">{translate(key`myAgency.policies`)}</h3>
      <Grid items={agency.value.policies} allRowsVisible>
        <GridColumn path="name" header={translate(key`myAgency.policy.name`)} autoWidth />
        <GridColumn path="valueJson" header={translate(key`myAgency.policy.value`)} autoWidth />
      </Grid>
    </section>
  );
}
