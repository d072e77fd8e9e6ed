import { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { translate, key } from '@vaadin/hilla-react-i18n';
import { Checkbox } from '@vaadin/react-components/Checkbox.js';
import { DatePicker } from '@vaadin/react-components/DatePicker.js';
import { Select } from '@vaadin/react-components/Select.js';
import { Tab } from '@vaadin/react-components/Tab.js';
import { Tabs } from '@vaadin/react-components/Tabs.js';
import { TextField } from '@vaadin/react-components/TextField.js';
import { useSignal } from '@vaadin/hilla-react-signals';
import { useEffect } from 'react';
import BulkEntry from 'Frontend/components/BulkEntry';
import CompetencyLevels from 'Frontend/components/CompetencyLevels';
import EmployeeFinder from 'Frontend/components/EmployeeFinder';
import { Part, ResultPanel, StoredLine } from 'Frontend/components/EntryParts';
import RaterPanel from 'Frontend/components/RaterPanel';
import { useAuth } from 'Frontend/auth/auth';
import { AssessmentEntryBrowserService } from 'Frontend/generated/endpoints';
import Rating from 'Frontend/generated/id/meritasn/assessment/Skp/Rating';
import type Saved from 'Frontend/generated/id/meritasn/ui/AssessmentEntryBrowserService/Saved';
import type Subject from 'Frontend/generated/id/meritasn/ui/AssessmentEntryBrowserService/Subject';

export const config: ViewConfig = {
  title: key`entry.menu`,
  rolesAllowed: ['TENANT_ADMIN', 'ASSESSOR'],
  // right after the talent map: entering inputs is what fills it
  menu: { order: 4.5, icon: 'vaadin:edit', title: key`entry.menu` },
};

const RATINGS = [
  [Rating.DI_BAWAH_EKSPEKTASI, key`entry.rating.below`],
  [Rating.SESUAI_EKSPEKTASI, key`entry.rating.meets`],
  [Rating.DI_ATAS_EKSPEKTASI, key`entry.rating.above`],
] as const;

export default function AssessmentEntryView() {
  const { hasAccess } = useAuth();
  const isAdmin = hasAccess({ rolesAllowed: ['TENANT_ADMIN'] });
  const periods = useSignal<{ label: string; value: string }[] | undefined>(undefined);
  const periodId = useSignal('');
  const tab = useSignal(0);

  // the employee
  const subject = useSignal<Subject | null | undefined>(undefined);

  // the inputs, each with its own evidence
  const hasil = useSignal('');
  const perilaku = useSignal('');
  const levels = useSignal<Record<string, string>>({});
  const potential = useSignal('');
  const fits = useSignal(false);
  const assessedOn = useSignal('');
  const evidence = useSignal<Record<string, string>>({});
  const problems = useSignal<Record<string, string | undefined>>({});

  useEffect(() => {
    AssessmentEntryBrowserService.openPeriods().then((list) => {
      periods.value = list.map((p) => ({ label: `${p.name} (${p.asOf})`, value: String(p.id) }));
      if (list.length > 0) periodId.value = String(list[0].id);
    });
  }, []);

  const open = async (nip: string) => {
    // a fresh form per employee: values typed for someone else must not be saved for this one
    problems.value = {};
    levels.value = {};
    hasil.value = '';
    perilaku.value = '';
    potential.value = '';
    evidence.value = {};
    const found = await AssessmentEntryBrowserService.subject(Number(periodId.value), nip);
    fits.value = found?.fieldOfStudyFits ?? false;
    subject.value = found ?? null;
  };
  // a result belongs to a period: switching the period shows the employee's result in that one
  useEffect(() => {
    if (subject.value) open(subject.value.nip);
  }, [periodId.value]);

  const setEvidence = (part: string) => (value: string) => (evidence.value = { ...evidence.value, [part]: value });
  /** Evidence is required for every input: checked here first so the assessor sees it at the field. */
  const save = async (part: string, send: (evidence: string) => Promise<Saved>) => {
    const text = (evidence.value[part] ?? '').trim();
    if (!text) {
      problems.value = { ...problems.value, [part]: translate(key`entry.evidenceRequired`) };
      return;
    }
    const saved = await send(text);
    problems.value = { ...problems.value, [part]: saved.problem };
    if (saved.result && subject.value) subject.value = { ...subject.value, result: saved.result };
  };
  const s = subject.value;
  const pid = Number(periodId.value);

  const saveSkp = () => {
    if (!hasil.value || !perilaku.value) {
      problems.value = { ...problems.value, skp: translate(key`entry.skpBoth`) };
      return;
    }
    save('skp', (ev) =>
      AssessmentEntryBrowserService.recordSkp(pid, s!.nip, hasil.value as Rating, perilaku.value as Rating, ev),
    );
  };
  const saveCompetency = () => {
    if (!s?.standard.length) {
      problems.value = { ...problems.value, competency: translate(key`entry.noStandard`) };
      return;
    }
    const chosen: Record<string, number> = {};
    for (const r of s?.standard ?? []) {
      const level = Number(levels.value[r.competency]);
      if (!Number.isInteger(level) || level < 1 || level > 5) {
        problems.value = { ...problems.value, competency: translate(key`entry.levelsAll`) };
        return;
      }
      chosen[r.competency] = level;
    }
    save('competency', (ev) =>
      AssessmentEntryBrowserService.recordCompetency(pid, s!.nip, chosen, assessedOn.value || undefined, ev),
    );
  };
  const saveDiscipline = () =>
    save('discipline', (ev) => AssessmentEntryBrowserService.declareNoSanction(pid, s!.nip, ev));
  const savePotential = () =>
    save('potential', (ev) => AssessmentEntryBrowserService.recordPotential(pid, s!.nip, potential.value, ev));
  const saveFit = () => save('fit', (ev) => AssessmentEntryBrowserService.recordFieldFit(pid, s!.nip, fits.value, ev));

  return (
    <section className="p-l flex flex-col gap-m page-wide">
      <h2 className="m-0">{translate(key`entry.heading`)}</h2>
      {periods.value && periods.value.length === 0 ? (
        <p role="alert" id="entry-no-period">
          {translate(key`entry.noPeriod`)}
        </p>
      ) : null}
      <Select
        className="field-l"
        id="entry-period"
        label={translate(key`talentmap.period`)}
        items={periods.value ?? []}
        value={periodId.value}
        onValueChanged={(e) => (periodId.value = e.detail.value)}
      />
      <Tabs selected={tab.value} onSelectedChanged={(e) => (tab.value = e.detail.value)}>
        <Tab id="tab-single">{translate(key`entry.tab.single`)}</Tab>
        <Tab id="tab-bulk">{translate(key`entry.tab.bulk`)}</Tab>
      </Tabs>

      {tab.value === 0 ? (
        <div className="flex flex-col gap-m">
          <EmployeeFinder
            disabled={!periodId.value}
            onChosen={open}
            onSearching={() => (subject.value = undefined)}
            onNoMatch={() => (subject.value = null)}
          />
          {s === null ? (
            <p role="alert" id="entry-not-found">
              {translate(key`entry.notFound`)}
            </p>
          ) : null}
          {s ? (
            <>
              <div>
                <h3 className="m-0" id="entry-name">
                  {s.name}
                </h3>
                <span>
                  NIP <span id="entry-nip">{s.nip}</span> · {s.positionName ?? translate(key`entry.noPosition`)}
                </span>
              </div>
              <ResultPanel outcome={s.result} />

              <Part
                id="skp"
                title={translate(key`entry.skp`)}
                evidence={evidence.value.skp ?? ''}
                onEvidence={setEvidence('skp')}
                problem={problems.value.skp}
                onSave={saveSkp}
              >
                <div className="flex gap-m flex-wrap">
                  <Select
                    id="skp-hasil"
                    label={translate(key`entry.skpHasil`)}
                    value={hasil.value}
                    items={RATINGS.map(([value, label]) => ({ value, label: translate(label) }))}
                    onValueChanged={(e) => (hasil.value = e.detail.value)}
                  />
                  <Select
                    id="skp-perilaku"
                    label={translate(key`entry.skpPerilaku`)}
                    value={perilaku.value}
                    items={RATINGS.map(([value, label]) => ({ value, label: translate(label) }))}
                    onValueChanged={(e) => (perilaku.value = e.detail.value)}
                  />
                </div>
                <StoredLine outcome={s.result} indicator="SKP" />
              </Part>

              <Part
                id="competency"
                title={translate(key`entry.competency`)}
                evidence={evidence.value.competency ?? ''}
                onEvidence={setEvidence('competency')}
                problem={problems.value.competency}
                onSave={saveCompetency}
              >
                <CompetencyLevels
                  standard={s.standard}
                  levels={levels.value}
                  onLevel={(competency, level) => (levels.value = { ...levels.value, [competency]: level })}
                />
                <DatePicker
                  id="competency-assessed-on"
                  label={translate(key`entry.assessedOn`)}
                  value={assessedOn.value}
                  onValueChanged={(e) => (assessedOn.value = e.detail.value)}
                  className="field-s"
                />
                <StoredLine outcome={s.result} indicator="COMPETENCY" />
              </Part>

              <Part
                id="potential"
                title={translate(key`entry.potential`)}
                evidence={evidence.value.potential ?? ''}
                onEvidence={setEvidence('potential')}
                problem={problems.value.potential}
                onSave={savePotential}
              >
                <TextField
                  id="potential-score"
                  label={translate(key`entry.potentialScore`)}
                  placeholder="0-100"
                  value={potential.value}
                  onValueChanged={(e) => (potential.value = e.detail.value)}
                  className="field-s"
                />
                <StoredLine outcome={s.result} indicator="POTENTIAL" />
              </Part>

              <Part
                id="fit"
                title={translate(key`entry.fieldFit`)}
                evidence={evidence.value.fit ?? ''}
                onEvidence={setEvidence('fit')}
                problem={problems.value.fit}
                onSave={saveFit}
              >
                <Checkbox
                  id="fit-checkbox"
                  label={translate(key`entry.fits`)}
                  checked={fits.value}
                  onCheckedChanged={(e) => (fits.value = e.detail.value)}
                />
                <StoredLine outcome={s.result} indicator="FIELD_FIT" />
              </Part>

              <Part
                id="discipline"
                title={translate(key`entry.discipline`)}
                evidence={evidence.value.discipline ?? ''}
                onEvidence={setEvidence('discipline')}
                problem={problems.value.discipline}
                onSave={saveDiscipline}
              >
                <span id="discipline-help">{translate(key`entry.disciplineHelp`)}</span>
                <StoredLine outcome={s.result} indicator="DISCIPLINE" />
              </Part>

              {isAdmin ? <RaterPanel periodId={pid} nip={s.nip} /> : null}
            </>
          ) : null}
        </div>
      ) : (
        <BulkEntry periodId={periodId.value} onFinished={() => subject.value && open(subject.value.nip)} />
      )}
    </section>
  );
}
