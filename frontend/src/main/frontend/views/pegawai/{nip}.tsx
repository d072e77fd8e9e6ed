import { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { translate, key } from '@vaadin/hilla-react-i18n';
import { Grid } from '@vaadin/react-components/Grid.js';
import { GridColumn } from '@vaadin/react-components/GridColumn.js';
import { Tabs } from '@vaadin/react-components/Tabs.js';
import { Tab } from '@vaadin/react-components/Tab.js';
import { useSignal } from '@vaadin/hilla-react-signals';
import { useEffect } from 'react';
import { useParams } from 'react-router';
import { EmployeeBrowserService } from 'Frontend/generated/endpoints';
import type Profile from 'Frontend/generated/id/meritasn/ui/EmployeeBrowserService/Profile';
import { Button } from '@vaadin/react-components/Button.js';
import EmployeeForm from 'Frontend/components/EmployeeForm';
import { useAuth } from 'Frontend/auth/auth';

export const config: ViewConfig = {
  title: key`profile.title`,
  rolesAllowed: ['TENANT_ADMIN', 'ASSESSOR', 'TALENT_COMMITTEE', 'PPK'],
};

const TABS = [
  ['RANK', key`profile.tab.rank`],
  ['POSITION', key`profile.tab.position`],
  ['EDUCATION', key`profile.tab.education`],
  ['AWARDS', key`profile.tab.awards`],
  ['TEAMS', key`profile.tab.teams`],
  ['TRAININGS', key`profile.tab.trainings`],
  ['DISCIPLINE', key`profile.tab.discipline`],
  ['LHKPN', key`profile.tab.lhkpn`],
  ['AUDIT', key`profile.tab.audit`],
] as const;

export default function EmployeeProfileView() {
  const { nip } = useParams();
  const profile = useSignal<Profile | null | undefined>(undefined);
  const tab = useSignal(0);
  const editing = useSignal(false);
  const { hasAccess } = useAuth();
  const reload = () => EmployeeBrowserService.profile(nip ?? '').then((p) => (profile.value = p ?? null));

  useEffect(() => {
    reload();
  }, [nip]);

  if (profile.value === undefined) {
    return <p className="p-l">…</p>;
  }
  if (profile.value === null) {
    return <p className="p-l">{translate(key`profile.notFound`)}</p>;
  }
  const e = profile.value.employee;
  const entries = profile.value.histories[TABS[tab.value][0]] ?? [];
  return (
    <section className="p-l flex flex-col gap-m">
      <div className="flex gap-m items-center">
        <h2 className="m-0" id="profile-name">
          {profile.value.fullName}
        </h2>
        {hasAccess({ rolesAllowed: ['TENANT_ADMIN'] }) ? (
          <Button id="profile-edit" onClick={() => (editing.value = true)}>
            {translate(key`form.edit`)}
          </Button>
        ) : null}
      </div>
      <EmployeeForm
        opened={editing.value}
        create={false}
        onClose={() => (editing.value = false)}
        onSaved={() => {
          editing.value = false;
          reload();
        }}
        initial={{
          nip: e?.nip ?? '',
          name: e?.name ?? '',
          frontTitle: e?.frontTitle,
          backTitle: e?.backTitle,
          golongan: e?.golongan ?? '',
          golonganTmt: e?.golonganTmt ?? '',
          positionCode: profile.value.positionCode,
          unitCode: profile.value.unitCode,
          status: e?.status,
          employeeType: e?.employeeType,
          agreementEnd: e?.agreementEnd,
        }}
      />
      <dl className="grid gap-s terms">
        <dt>NIP</dt>
        <dd id="profile-nip">{e?.nip}</dd>
        <dt>{translate(key`profile.birthDate`)}</dt>
        <dd>{e?.birthDate}</dd>
        <dt>{translate(key`form.employeeType`)}</dt>
        <dd id="profile-type">
          {e?.employeeType}
          {e?.agreementEnd ? ` — ${translate(key`form.agreementEnd`)} ${e.agreementEnd}` : ''}
        </dd>
        <dt>{translate(key`employees.golongan`)}</dt>
        <dd>
          {e?.golongan} ({e?.pangkat}), TMT {e?.golonganTmt}
        </dd>
        <dt>{translate(key`employees.position`)}</dt>
        <dd>{profile.value.positionName ?? '—'}</dd>
        <dt>{translate(key`employees.unit`)}</dt>
        <dd>{profile.value.unitName ?? '—'}</dd>
        <dt>{translate(key`profile.retirement`)}</dt>
        <dd>{e?.retirementDate ?? '—'}</dd>
      </dl>
      <Tabs selected={tab.value} onSelectedChanged={(ev) => (tab.value = ev.detail.value)}>
        {TABS.map(([id, label]) => (
          <Tab key={id} id={`tab-${id}`}>
            {translate(label)}
          </Tab>
        ))}
      </Tabs>
      <Grid items={entries} allRowsVisible id="history-grid">
        <GridColumn path="title" header={translate(key`profile.col.title`)} autoWidth />
        <GridColumn path="detail" header={translate(key`profile.col.detail`)} autoWidth />
        <GridColumn path="from" header={translate(key`profile.col.from`)} autoWidth />
        <GridColumn path="to" header={translate(key`profile.col.to`)} autoWidth />
      </Grid>
    </section>
  );
}
