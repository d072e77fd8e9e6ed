import { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { translate, key } from '@vaadin/hilla-react-i18n';
import { Grid } from '@vaadin/react-components/Grid.js';
import { GridColumn } from '@vaadin/react-components/GridColumn.js';
import { useSignal } from '@vaadin/hilla-react-signals';
import { useEffect } from 'react';
import { EmployeeBrowserService } from 'Frontend/generated/endpoints';
import type PositionView from 'Frontend/generated/id/meritasn/ui/EmployeeBrowserService/PositionView';

export const config: ViewConfig = {
  title: key`positions.menu`,
  rolesAllowed: ['TENANT_ADMIN', 'ASSESSOR', 'TALENT_COMMITTEE', 'PPK'],
  menu: { order: 8, icon: 'vaadin:briefcase', title: key`positions.menu` },
};

export default function PositionsView() {
  const positions = useSignal<PositionView[]>([]);
  const selected = useSignal<PositionView | undefined>(undefined);
  useEffect(() => {
    EmployeeBrowserService.positions(undefined).then((p) => (positions.value = p));
  }, []);
  return (
    <section className="p-l flex flex-col gap-m">
      <h2 className="m-0">{translate(key`positions.heading`)}</h2>
      <Grid
        items={positions.value}
        allRowsVisible
        onActiveItemChanged={(e) => (selected.value = e.detail.value ?? selected.value)}
      >
        <GridColumn header={translate(key`positions.name`)} autoWidth>
          {({ item }: { item: PositionView }) => item.position?.name}
        </GridColumn>
        <GridColumn header={translate(key`positions.level`)} autoWidth>
          {({ item }: { item: PositionView }) => item.position?.level}
        </GridColumn>
        <GridColumn path="unitName" header={translate(key`employees.unit`)} autoWidth />
        <GridColumn path="holder" header={translate(key`positions.holder`)} autoWidth />
      </Grid>
      {selected.value ? (
        <div id="position-standard">
          <h3>
            {translate(key`positions.standard`)}: {selected.value.position?.name}
          </h3>
          <Grid items={selected.value.standard} allRowsVisible>
            <GridColumn path="competency" header={translate(key`positions.competency`)} autoWidth />
            <GridColumn path="kind" header={translate(key`positions.kind`)} autoWidth />
            <GridColumn path="requiredLevel" header={translate(key`positions.required`)} autoWidth />
          </Grid>
        </div>
      ) : null}
    </section>
  );
}
