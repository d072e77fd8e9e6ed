import { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { translate, key } from '@vaadin/hilla-react-i18n';
import { Button } from '@vaadin/react-components/Button.js';
import { Grid } from '@vaadin/react-components/Grid.js';
import { GridColumn } from '@vaadin/react-components/GridColumn.js';
import { Select } from '@vaadin/react-components/Select.js';
import { TextField } from '@vaadin/react-components/TextField.js';
import { useSignal } from '@vaadin/hilla-react-signals';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { EmployeeBrowserService } from 'Frontend/generated/endpoints';
import type EmployeeRow from 'Frontend/generated/id/meritasn/ui/EmployeeBrowserService/EmployeeRow';
import type Unit from 'Frontend/generated/id/meritasn/employee/EmployeeRecords/Unit';
import EmployeeForm from 'Frontend/components/EmployeeForm';
import { useAuth } from 'Frontend/auth/auth';
import DownloadButtons from 'Frontend/components/DownloadButtons';

export const config: ViewConfig = {
  title: key`employees.menu`,
  rolesAllowed: ['TENANT_ADMIN', 'ASSESSOR', 'TALENT_COMMITTEE', 'PPK'],
  menu: { order: 6, icon: 'vaadin:users', title: key`employees.menu` },
};

const PAGE = 50;

export default function EmployeeListView() {
  const navigate = useNavigate();
  const rows = useSignal<EmployeeRow[]>([]);
  const next = useSignal<string | undefined>(undefined);
  const text = useSignal('');
  const unit = useSignal('');
  const golonganMin = useSignal('');
  const golonganMax = useSignal('');
  const golongan = useSignal<{ label: string; value: string }[]>([]);
  const units = useSignal<{ label: string; value: string }[]>([]);
  const creating = useSignal(false);
  const { hasAccess } = useAuth();

  const load = async (append: boolean) => {
    const page = await EmployeeBrowserService.page(
      text.value,
      unit.value,
      golonganMin.value,
      golonganMax.value,
      undefined,
      undefined,
      false,
      append ? next.value : undefined,
      PAGE,
    );
    rows.value = append ? [...rows.value, ...page.rows] : page.rows;
    next.value = page.nextCursor;
  };

  useEffect(() => {
    EmployeeBrowserService.referenceData().then((ref) => {
      golongan.value = [
        { label: '—', value: '' },
        ...(ref.golongan ?? []).map((g) => ({ label: `${g?.code} ${g?.pangkat}`, value: g?.code ?? '' })),
      ];
    });
    EmployeeBrowserService.unitTree().then((tree) => {
      const flat: { label: string; value: string }[] = [{ label: translate(key`employees.allUnits`), value: '' }];
      const walk = (list: (Unit | undefined)[], depth: number) =>
        list.forEach((u) => {
          flat.push({ label: `${'· '.repeat(depth)}${u?.name}`, value: u?.code ?? '' });
          walk(u?.children ?? [], depth + 1);
        });
      walk(tree, 0);
      units.value = flat;
    });
    load(false);
  }, []);

  return (
    <section className="p-l flex flex-col gap-m">
      <h2 className="m-0">{translate(key`employees.heading`)}</h2>
      <div className="flex gap-m flex-wrap items-end">
        <TextField
          id="employee-search"
          label={translate(key`employees.search`)}
          value={text.value}
          clearButtonVisible
          onValueChanged={(e) => (text.value = e.detail.value)}
          onKeyDown={(e) => e.key === 'Enter' && load(false)}
        />
        <Select
          label={translate(key`employees.unit`)}
          items={units.value}
          value={unit.value}
          onValueChanged={(e) => (unit.value = e.detail.value)}
        />
        <Select
          label={translate(key`employees.golonganMin`)}
          items={golongan.value}
          value={golonganMin.value}
          onValueChanged={(e) => (golonganMin.value = e.detail.value)}
        />
        <Select
          label={translate(key`employees.golonganMax`)}
          items={golongan.value}
          value={golonganMax.value}
          onValueChanged={(e) => (golonganMax.value = e.detail.value)}
        />
        <Button theme="primary" id="employee-filter" onClick={() => load(false)}>
          {translate(key`employees.apply`)}
        </Button>
        <DownloadButtons
          unitCode={unit.value}
          employees={{
            golonganMin: golonganMin.value || undefined,
            golonganMax: golonganMax.value || undefined,
            text: text.value || undefined,
          }}
          downloads={[{ kind: 'EMPLOYEES', format: 'XLSX' }]}
        />
        {hasAccess({ rolesAllowed: ['TENANT_ADMIN'] }) ? (
          <Button id="employee-create" onClick={() => (creating.value = true)}>
            {translate(key`form.create`)}
          </Button>
        ) : null}
      </div>
      <EmployeeForm
        opened={creating.value}
        create
        onClose={() => (creating.value = false)}
        onSaved={(nip) => navigate(`/pegawai/${nip}`)}
        initial={{ nip: '', name: '', golongan: 'III/a', golonganTmt: '', status: undefined }}
      />
      <Grid
        items={rows.value}
        allRowsVisible
        onActiveItemChanged={(e) => e.detail.value && navigate(`/pegawai/${e.detail.value.nip}`)}
      >
        <GridColumn path="nip" header="NIP" autoWidth />
        <GridColumn path="fullName" header={translate(key`employees.name`)} autoWidth />
        <GridColumn path="golongan" header={translate(key`employees.golongan`)} autoWidth />
        <GridColumn path="positionName" header={translate(key`employees.position`)} autoWidth />
        <GridColumn path="unitName" header={translate(key`employees.unit`)} autoWidth />
      </Grid>
      <div className="flex gap-m items-center">
        <span id="employee-count">{translate(key`employees.shown`, { count: rows.value.length })}</span>
        {next.value ? (
          <Button id="employee-more" onClick={() => load(true)}>
            {translate(key`employees.more`)}
          </Button>
        ) : null}
      </div>
    </section>
  );
}
