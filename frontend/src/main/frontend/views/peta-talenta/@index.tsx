import { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { translate, key } from '@vaadin/hilla-react-i18n';
import { Button } from '@vaadin/react-components/Button.js';
import { Grid } from '@vaadin/react-components/Grid.js';
import { GridColumn } from '@vaadin/react-components/GridColumn.js';
import { Select } from '@vaadin/react-components/Select.js';
import { TextField } from '@vaadin/react-components/TextField.js';
import { useSignal } from '@vaadin/hilla-react-signals';
import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import { CalibrationBrowserService, EmployeeBrowserService, TalentBrowserService } from 'Frontend/generated/endpoints';
import type MapView from 'Frontend/generated/id/meritasn/ui/TalentBrowserService/MapView';
import type Member from 'Frontend/generated/id/meritasn/ui/TalentBrowserService/Member';
import { useAuth } from 'Frontend/auth/auth';
import type Unit from 'Frontend/generated/id/meritasn/employee/EmployeeRecords/Unit';
import type Completeness from 'Frontend/generated/id/meritasn/ui/TalentBrowserService/Completeness';
import type Board from 'Frontend/generated/id/meritasn/ui/CalibrationBrowserService/Board';
import ReviewBoard from 'Frontend/components/ReviewBoard';
import DownloadButtons from 'Frontend/components/DownloadButtons';
import { serverText } from 'Frontend/components/serverTexts';
import MapMembers from 'Frontend/components/MapMembers';
import MoveDialog from 'Frontend/components/MoveDialog';
import NineBoxGrid from 'Frontend/components/NineBoxGrid';
import { Problem, problemText } from 'Frontend/components/problems';

export const config: ViewConfig = {
  title: key`talentmap.menu`,
  rolesAllowed: ['TENANT_ADMIN', 'ASSESSOR', 'TALENT_COMMITTEE', 'PPK'],
  menu: { order: 4, icon: 'vaadin:grid-big', title: key`talentmap.menu` },
};

export default function TalentMapView() {
  const navigate = useNavigate();
  const { hasAccess } = useAuth();
  const periods = useSignal<{ label: string; value: string }[]>([]);
  const periodId = useSignal('');
  const view = useSignal<MapView | undefined>(undefined);
  const box = useSignal<number | undefined>(undefined);
  const moving = useSignal<Member | undefined>(undefined);
  const target = useSignal('8');
  const reason = useSignal('');
  const error = useSignal<string | undefined>(undefined);
  const unit = useSignal('');
  const units = useSignal<{ label: string; value: string }[]>([]);
  const completeness = useSignal<Completeness[]>([]);
  const board = useSignal<Board | undefined>(undefined);
  const search = useSignal('');
  const sessionId = useSignal('');
  const dragged = useRef<Member | undefined>(undefined);
  const committee = hasAccess({ rolesAllowed: ['TALENT_COMMITTEE'] });

  // one request at a time (on a busy server a map of thousands may take longer than the refresh interval); a period
  // or unit chosen while a map loads is loaded right after, and only the newest choice is shown
  const loading = useRef(false);
  const again = useRef(false);
  const load = async () => {
    if (!periodId.value) return;
    if (loading.current) {
      again.current = true;
      return;
    }
    loading.current = true;
    try {
      do {
        again.current = false;
        const pid = Number(periodId.value);
        const loaded = await TalentBrowserService.map(pid, unit.value);
        // the talent-review board while calibrating: pending moves, settled ones, the distribution
        const loadedBoard =
          loaded.period.status === 'CALIBRATING' &&
          hasAccess({ rolesAllowed: ['TENANT_ADMIN', 'TALENT_COMMITTEE', 'PPK'] })
            ? await CalibrationBrowserService.board(pid)
            : undefined;
        if (again.current) continue;
        view.value = loaded;
        board.value = loadedBoard;
        const sessions = loadedBoard?.sessions ?? [];
        if (!sessions.some((s) => String(s.id) === sessionId.value)) {
          sessionId.value = sessions.length > 0 ? String(sessions[0].id) : '';
        }
      } while (again.current);
    } finally {
      loading.current = false;
    }
  };

  useEffect(() => {
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
    TalentBrowserService.periods().then((list) => {
      periods.value = list.map((p) => ({ label: `${p?.name} (${p?.status})`, value: String(p?.id) }));
      if (list.length > 0) periodId.value = String(list[0]?.id);
    });
  }, []);
  useEffect(() => {
    load();
    if (periodId.value) TalentBrowserService.completeness(Number(periodId.value)).then((c) => (completeness.value = c));
  }, [periodId.value, unit.value]);
  // where the agency's policy asks for it (talentmap.realtime), the open map follows every change by itself: a cheap
  // revision is compared every 2 s and the map reloaded only when it moved; elsewhere it is refreshed on demand
  const realtime = view.value?.realtime ?? false;
  const seen = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (!realtime || !periodId.value) return;
    const pid = Number(periodId.value);
    seen.current = undefined;
    const timer = setInterval(async () => {
      const revision = await TalentBrowserService.mapRevision(pid);
      if (seen.current !== undefined && revision !== seen.current) await load();
      seen.current = revision;
    }, 2000);
    return () => clearInterval(timer);
  }, [realtime, periodId.value, unit.value]);

  const step = async (name: string) => {
    error.value = undefined;
    try {
      await TalentBrowserService.advance(Number(periodId.value), name);
      await load();
    } catch (e) {
      error.value = problemText(e);
    }
  };
  const status = view.value?.period?.status;
  const calibrating = status === 'CALIBRATING' && committee;
  const afterStep = async (problems: string[]) => {
    error.value = problems.length > 0 ? problems.join(' ') : undefined;
    await load();
  };
  const propose = async () => {
    const outcome = await CalibrationBrowserService.propose(
      Number(periodId.value),
      Number(sessionId.value),
      moving.value?.nip ?? '',
      Number(target.value),
      reason.value,
    );
    moving.value = undefined;
    if (outcome.problems.length === 0) reason.value = '';
    await afterStep(outcome.problems.map(String));
  };
  const needle = search.value.trim().toLowerCase();
  const members = (view.value?.members ?? [])
    .filter((m) => box.value === undefined || m?.finalBox === box.value)
    .filter((m) => !needle || m?.nip.includes(needle) || m?.name.toLowerCase().includes(needle));

  return (
    <section className="p-l flex flex-col gap-m">
      <h2 className="m-0">{translate(key`talentmap.heading`)}</h2>
      <div className="flex gap-m items-end flex-wrap">
        <Select
          id="map-period"
          label={translate(key`talentmap.period`)}
          items={periods.value}
          value={periodId.value}
          onValueChanged={(e) => (periodId.value = e.detail.value)}
        />
        <Select
          label={translate(key`employees.unit`)}
          items={units.value}
          value={unit.value}
          onValueChanged={(e) => (unit.value = e.detail.value)}
        />
        {periodId.value ? (
          <DownloadButtons
            periodId={Number(periodId.value)}
            unitCode={unit.value}
            downloads={[
              { kind: 'TALENT_MAP_REPORT', format: 'PDF' },
              { kind: 'TALENT_MAP_MEMBERS', format: 'XLSX' },
              ...(status === 'PUBLISHED'
                ? [{ kind: 'TALENT_POOL', format: 'XLSX' as const, label: translate(key`download.talentPool`) }]
                : []),
            ]}
          />
        ) : null}
        {status === 'OPEN' ? (
          <Button id="compute" onClick={() => step('COMPUTE')}>
            {translate(key`talentmap.compute`)}
          </Button>
        ) : null}
        {status === 'OPEN' && hasAccess({ rolesAllowed: ['TENANT_ADMIN', 'TALENT_COMMITTEE'] }) ? (
          <Button id="start-calibration" onClick={() => step('START_CALIBRATION')}>
            {translate(key`talentmap.startCalibration`)}
          </Button>
        ) : null}
        {status === 'CALIBRATING' && hasAccess({ rolesAllowed: ['TENANT_ADMIN', 'TALENT_COMMITTEE'] }) ? (
          <Button id="close-calibration" onClick={() => step('CLOSE_CALIBRATION')}>
            {translate(key`talentmap.closeCalibration`)}
          </Button>
        ) : null}
        {status === 'CALIBRATED' && hasAccess({ rolesAllowed: ['TENANT_ADMIN'] }) ? (
          <Button theme="primary" id="publish" onClick={() => step('PUBLISH')}>
            {translate(key`talentmap.publish`)}
          </Button>
        ) : null}
        {calibrating ? (
          <Select
            id="session"
            label={translate(key`calibration.session`)}
            value={sessionId.value}
            items={(board.value?.sessions ?? []).map((s) => ({
              label: `${s.title} (${s.heldOn})`,
              value: String(s.id),
            }))}
            placeholder={translate(key`calibration.noSession`)}
            onValueChanged={(e) => (sessionId.value = e.detail.value)}
          />
        ) : null}
      </div>
      {calibrating ? <p className="m-0 text-s">{translate(key`calibration.howTo`)}</p> : null}
      <Problem text={error.value} />
      <NineBoxGrid
        view={view.value}
        status={status}
        selected={box.value}
        onSelect={(b) => (box.value = b)}
        onDrop={
          calibrating
            ? (b) => {
                if (!dragged.current) return;
                moving.value = dragged.current;
                target.value = String(b);
              }
            : undefined
        }
      />
      <p id="not-mapped">{translate(key`talentmap.notMapped`, { count: view.value?.notMapped ?? 0 })}</p>
      {(view.value?.members ?? []).some((m) => m?.provisional) ? (
        <p id="provisional-count">
          {translate(key`talentmap.provisionalCount`, {
            count: (view.value?.members ?? []).filter((m) => m?.provisional).length,
          })}
        </p>
      ) : null}
      {realtime ? (
        <p id="map-realtime" className="text-s">
          {translate(key`talentmap.realtime`)}
        </p>
      ) : (
        <Button id="map-reload" onClick={() => load()}>
          {translate(key`talentmap.reload`)}
        </Button>
      )}
      {(view.value?.outOfScope ?? 0) > 0 && (
        <p id="out-of-scope">{translate(key`talentmap.outOfScope`, { count: view.value?.outOfScope ?? 0 })}</p>
      )}
      <TextField
        id="member-search"
        label={translate(key`talentmap.search`)}
        value={search.value}
        clearButtonVisible
        onValueChanged={(e) => (search.value = e.detail.value)}
        className="field-m"
      />
      <MapMembers
        members={members}
        board={board.value}
        calibrating={calibrating}
        onOpen={(nip) => navigate(`/peta-talenta/${nip}?periode=${periodId.value}`)}
        onMove={(member) => (moving.value = member)}
        onDragged={(member) => (dragged.current = member)}
      />
      {board.value ? (
        <ReviewBoard board={board.value} sessionId={sessionId.value} canAct={committee} onChanged={afterStep} />
      ) : null}
      <h3 className="m-0">{translate(key`talentmap.completeness`)}</h3>
      <Grid items={completeness.value} allRowsVisible id="completeness">
        <GridColumn path="unitName" header={translate(key`employees.unit`)} autoWidth />
        <GridColumn path="employees" header={translate(key`talentmap.employees`)} autoWidth />
        <GridColumn path="mapped" header={translate(key`talentmap.mapped`)} autoWidth />
        <GridColumn path="notMapped" header={translate(key`talentmap.notMappedShort`)} autoWidth />
        <GridColumn header={translate(key`talentmap.topMissing`)} autoWidth>
          {({ item }: { item: Completeness }) =>
            item.topMissing.map((m) => `${serverText(m.text)} (${m.employees})`).join('; ')
          }
        </GridColumn>
      </Grid>
      <MoveDialog
        name={moving.value?.name}
        target={target.value}
        reason={reason.value}
        onTarget={(b) => (target.value = b)}
        onReason={(r) => (reason.value = r)}
        onPropose={propose}
        onClose={() => (moving.value = undefined)}
      />
    </section>
  );
}
