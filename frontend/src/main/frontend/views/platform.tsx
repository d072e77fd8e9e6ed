import { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { translate, key } from '@vaadin/hilla-react-i18n';
import { Grid } from '@vaadin/react-components/Grid.js';
import { GridColumn } from '@vaadin/react-components/GridColumn.js';
import { useSignal } from '@vaadin/hilla-react-signals';
import { useEffect } from 'react';
import { PlatformService } from 'Frontend/generated/endpoints';
import type Tenant from 'Frontend/generated/id/meritasn/tenancy/Tenant';

export const config: ViewConfig = {
  title: key`platform.menu`,
  rolesAllowed: ['PLATFORM_ADMIN', 'NATIONAL_OVERSIGHT'],
  menu: { order: 20, icon: 'vaadin:server', title: key`platform.menu` },
};

export default function PlatformView() {
  const tenants = useSignal<Tenant[]>([]);

  useEffect(() => {
    PlatformService.tenants().then((list) => (tenants.value = list));
  }, []);

  return (
    <section className="p-l flex flex-col gap-m">
      <h2 className="m-0">{translate(key`platform.heading`)}</h2>
      <Grid items={tenants.value} allRowsVisible>
        <GridColumn path="key" header={translate(key`agencies.column.key`)} autoWidth />
        <GridColumn path="displayName" header={translate(key`agencies.column.name`)} autoWidth />
        <GridColumn path="status" header={translate(key`platform.column.status`)} autoWidth />
        <GridColumn path="schemaVersion" header={translate(key`platform.column.schemaVersion`)} autoWidth />
        <GridColumn path="shardId" header={translate(key`platform.column.shard`)} autoWidth />
      </Grid>
    </section>
  );
}
