import { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { translate, key } from '@vaadin/hilla-react-i18n';
import { Grid } from '@vaadin/react-components/Grid.js';
import { GridColumn } from '@vaadin/react-components/GridColumn.js';
import { useSignal } from '@vaadin/hilla-react-signals';
import { useEffect } from 'react';
import { AgencyDirectoryService } from 'Frontend/generated/endpoints';
import type AgencySummary from 'Frontend/generated/id/meritasn/tenancy/AgencySummary';
import { Problem, showProblem } from 'Frontend/components/problems';

export const config: ViewConfig = {
  title: key`agencies.menu`,
  menu: { order: 10, icon: 'vaadin:institution', title: key`agencies.menu` },
};

const kindKeys = {
  KOTA: key`agencies.kind.KOTA`,
  KABUPATEN: key`agencies.kind.KABUPATEN`,
  PROVINSI: key`agencies.kind.PROVINSI`,
  KEMENTERIAN: key`agencies.kind.KEMENTERIAN`,
  LEMBAGA: key`agencies.kind.LEMBAGA`,
};

export default function AgenciesView() {
  const agencies = useSignal<AgencySummary[] | undefined>(undefined);
  const problem = useSignal<string | undefined>(undefined);

  useEffect(() => {
    AgencyDirectoryService.agencies()
      .then((list) => (agencies.value = list))
      .catch(showProblem(problem));
  }, []);

  return (
    <section className="p-l flex flex-col gap-m">
      <h2 className="m-0">{translate(key`agencies.heading`)}</h2>
      <Problem text={problem.value} />
      <p id="agency-count">
        {agencies.value === undefined
          ? translate(key`agencies.loading`)
          : translate(key`agencies.count`, { count: agencies.value.length })}
      </p>
      <Grid items={agencies.value ?? []} allRowsVisible>
        <GridColumn path="displayName" header={translate(key`agencies.column.name`)} autoWidth />
        <GridColumn header={translate(key`agencies.column.kind`)} autoWidth>
          {({ item }: { item: AgencySummary }) => translate(kindKeys[item.kind])}
        </GridColumn>
        <GridColumn path="region" header={translate(key`agencies.column.region`)} autoWidth />
        <GridColumn path="key" header={translate(key`agencies.column.key`)} autoWidth />
      </Grid>
    </section>
  );
}
