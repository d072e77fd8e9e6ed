import { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { translate, key } from '@vaadin/hilla-react-i18n';
import { Button } from '@vaadin/react-components/Button.js';
import { Checkbox } from '@vaadin/react-components/Checkbox.js';
import { DatePicker } from '@vaadin/react-components/DatePicker.js';
import { Grid } from '@vaadin/react-components/Grid.js';
import { GridColumn } from '@vaadin/react-components/GridColumn.js';
import { IntegerField } from '@vaadin/react-components/IntegerField.js';
import { ProgressBar } from '@vaadin/react-components/ProgressBar.js';
import { Select } from '@vaadin/react-components/Select.js';
import { Tab } from '@vaadin/react-components/Tab.js';
import { Tabs } from '@vaadin/react-components/Tabs.js';
import { TextField } from '@vaadin/react-components/TextField.js';
import { useSignal } from '@vaadin/hilla-react-signals';
import { useEffect, useRef, type ReactNode } from 'react';
import RaterPanel from 'Frontend/components/RaterPanel';
import { useAuth } from 'Frontend/auth/auth';
import { AssessmentEntryBrowserService, EmployeeBrowserService } from 'Frontend/generated/endpoints';
import Rating from 'Frontend/generated/id/meritasn/assessment/Skp/Rating';
import type ImportJob from 'Frontend/generated/id/meritasn/employee/ImportJob';
import type RowError from 'Frontend/generated/id/meritasn/employee/ImportJob/RowError';
import type EmployeeRow from 'Frontend/generated/id/meritasn/ui/EmployeeBrowserService/EmployeeRow';
import type Outcome from 'Frontend/generated/id/meritasn/ui/AssessmentEntryBrowserService/Outcome';
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

const TEMPLATE = 'NIP,SKP_HASIL_KERJA,SKP_PERILAKU_KERJA,KOMPETENSI,POTENSI,BIDANG_SESUAI,BUKTI\n';

function download(name: string, csv: string) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  link.download = name;
  link.click();
}

/** The employee's latest result: box and both scores, or what is still missing before they can be mapped. */
function ResultPanel({ outcome }: { outcome: Outcome | undefined }) {
  return (
    <div id="entry-result" className="flex flex-col gap-xs p-m"
      style={{ border: '1px solid #ccc', borderRadius: '0.5rem', background: outcome?.mapped ? '#eef8ee' : '#fff8e6' }}>
      <strong>{translate(key`entry.result`)}{outcome ? <> · <span id="result-version">v{outcome.version}</span></> : null}</strong>
      {!outcome ? <span id="result-none">{translate(key`entry.noResult`)}</span> : (
        <>
          <span>
            {translate(key`talent.box`)} <strong id="result-box">{outcome.box ?? '—'}</strong> ·{' '}
            {translate(key`talent.performance`)} <strong id="result-performance">{outcome.performance ?? '—'}</strong> ·{' '}
            {translate(key`talent.potential`)} <strong id="result-potential">{outcome.potential ?? '—'}</strong>
          </span>
          {outcome.mapped ? <span id="result-mapped">{translate(key`entry.mapped`)}</span> : (
            <div role="status">
              {translate(key`talent.notMapped`)}
              <ul id="result-missing" className="m-0">{outcome.missing.map((m) => <li key={m}>{m}</li>)}</ul>
            </div>
          )}
        </>
      )}
    </div>
  );
}

/** What the latest result used for one input (value and evidence), so the assessor sees what a save replaces. */
function StoredLine({ outcome, indicator }: { outcome: Outcome | undefined; indicator: string }) {
  const stored = outcome?.inputs.find((i) => i.indicator === indicator);
  return (
    <span className="text-s text-secondary" id={`stored-${indicator}`}>
      {stored ? translate(key`entry.stored`, { raw: stored.raw, evidence: stored.evidence }) : translate(key`entry.notStored`)}
    </span>
  );
}

/** A form part: its fields, the evidence it requires, a save button, and the refusal (if any) beside them. */
function Part({ id, title, children, evidence, onEvidence, problem, onSave }: {
  id: string; title: string; children: ReactNode; evidence: string; onEvidence: (value: string) => void;
  problem: string | undefined; onSave: () => void;
}) {
  return (
    <fieldset id={`part-${id}`} className="flex flex-col gap-s p-m" style={{ border: '1px solid #ddd', borderRadius: '0.5rem' }}>
      <legend className="font-semibold">{title}</legend>
      {children}
      <div className="flex gap-m items-end flex-wrap">
        <TextField id={`${id}-evidence`} label={translate(key`entry.evidence`)} required style={{ minWidth: '22rem' }}
          helperText={translate(key`entry.evidenceHelp`)} value={evidence} onValueChanged={(e) => onEvidence(e.detail.value)} />
        <Button id={`${id}-save`} theme="primary" onClick={onSave}>{translate(key`entry.save`)}</Button>
      </div>
      {problem ? <span role="alert" id={`${id}-problem`} style={{ color: 'var(--lumo-error-text-color, #c00)' }}>{problem}</span> : null}
    </fieldset>
  );
}

export default function AssessmentEntryView() {
  const { hasAccess } = useAuth();
  const isAdmin = hasAccess({ rolesAllowed: ['TENANT_ADMIN'] });
  const periods = useSignal<{ label: string; value: string }[] | undefined>(undefined);
  const periodId = useSignal('');
  const tab = useSignal(0);

  // the employee
  const query = useSignal('');
  const matches = useSignal<EmployeeRow[]>([]);
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

  // the bulk file
  const file = useRef<HTMLInputElement>(null);
  const job = useSignal<ImportJob | undefined>(undefined);
  const rowErrors = useSignal<RowError[]>([]);
  const bulkProblem = useSignal<string | undefined>(undefined);

  useEffect(() => {
    AssessmentEntryBrowserService.openPeriods().then((list) => {
      periods.value = list.map((p) => ({ label: `${p.name} (${p.asOf})`, value: String(p.id) }));
      if (list.length > 0) periodId.value = String(list[0].id);
    });
  }, []);

  const open = async (nip: string) => {
    // a fresh form per employee: values typed for someone else must not be saved for this one
    matches.value = [];
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

  const find = async () => {
    const text = query.value.trim();
    if (!text) return;
    if (/^\d{18}$/.test(text)) {
      await open(text);
      return;
    }
    subject.value = undefined;
    matches.value = (await EmployeeBrowserService.page(text, undefined, undefined, undefined, undefined, undefined,
      false, undefined, 20)).rows;
    if (matches.value.length === 0) subject.value = null;
  };

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
    save('skp', (ev) => AssessmentEntryBrowserService.recordSkp(pid, s!.nip, hasil.value as Rating,
      perilaku.value as Rating, ev));
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
    save('competency', (ev) => AssessmentEntryBrowserService.recordCompetency(pid, s!.nip, chosen,
      assessedOn.value || undefined, ev));
  };
  const saveDiscipline = () => save('discipline', (ev) => AssessmentEntryBrowserService.declareNoSanction(pid, s!.nip, ev));
  const savePotential = () => save('potential', (ev) =>
    AssessmentEntryBrowserService.recordPotential(pid, s!.nip, potential.value, ev));
  const saveFit = () => save('fit', (ev) => AssessmentEntryBrowserService.recordFieldFit(pid, s!.nip, fits.value, ev));

  // follow the running job like the employee import: progress commits per chunk, so polling shows real progress
  useEffect(() => {
    const id = job.value?.id;
    if (!id) return;
    if (job.value?.status === 'COMPLETED' || job.value?.status === 'FAILED') {
      if ((job.value?.refused ?? 0) > 0) AssessmentEntryBrowserService.rowErrors(id, 100).then((e) => (rowErrors.value = e));
      if (subject.value) open(subject.value.nip); // the file may have changed the employee on screen
      return;
    }
    const timer = setInterval(async () => (job.value = (await AssessmentEntryBrowserService.importJob(id)) ?? job.value), 700);
    return () => clearInterval(timer);
  }, [job.value?.id, job.value?.status]);

  const upload = async () => {
    const chosen = file.current?.files?.[0];
    if (!chosen || !periodId.value) return;
    bulkProblem.value = undefined;
    rowErrors.value = [];
    const started = await AssessmentEntryBrowserService.startImport(pid, chosen);
    bulkProblem.value = started.problem;
    job.value = started.job;
  };

  const j = job.value;
  return (
    <section className="p-l flex flex-col gap-m" style={{ maxWidth: '64rem' }}>
      <h2 className="m-0">{translate(key`entry.heading`)}</h2>
      {periods.value && periods.value.length === 0 ? <p role="alert" id="entry-no-period">{translate(key`entry.noPeriod`)}</p> : null}
      <Select id="entry-period" label={translate(key`talentmap.period`)} items={periods.value ?? []} value={periodId.value}
        onValueChanged={(e) => (periodId.value = e.detail.value)} style={{ maxWidth: '24rem' }} />
      <Tabs selected={tab.value} onSelectedChanged={(e) => (tab.value = e.detail.value)}>
        <Tab id="tab-single">{translate(key`entry.tab.single`)}</Tab>
        <Tab id="tab-bulk">{translate(key`entry.tab.bulk`)}</Tab>
      </Tabs>

      {tab.value === 0 ? (
        <div className="flex flex-col gap-m">
          <div className="flex gap-m items-end flex-wrap">
            <TextField id="entry-search" label={translate(key`entry.search`)} value={query.value} clearButtonVisible
              style={{ minWidth: '22rem' }} onValueChanged={(e) => (query.value = e.detail.value)}
              onKeyDown={(e) => e.key === 'Enter' && find()} />
            <Button id="entry-find" onClick={find} disabled={!periodId.value}>{translate(key`entry.find`)}</Button>
          </div>
          {matches.value.length > 0 ? (
            <Grid id="entry-matches" items={matches.value} allRowsVisible
              onActiveItemChanged={(e) => e.detail.value && open(e.detail.value.nip)}>
              <GridColumn path="fullName" header={translate(key`employees.name`)} autoWidth />
              <GridColumn path="nip" header="NIP" autoWidth />
              <GridColumn path="positionName" header={translate(key`employees.position`)} autoWidth />
              <GridColumn path="unitName" header={translate(key`employees.unit`)} autoWidth />
            </Grid>
          ) : null}
          {s === null ? <p role="alert" id="entry-not-found">{translate(key`entry.notFound`)}</p> : null}
          {s ? (
            <>
              <div>
                <h3 className="m-0" id="entry-name">{s.name}</h3>
                <span>NIP <span id="entry-nip">{s.nip}</span> · {s.positionName ?? translate(key`entry.noPosition`)}</span>
              </div>
              <ResultPanel outcome={s.result} />

              <Part id="skp" title={translate(key`entry.skp`)} evidence={evidence.value.skp ?? ''}
                onEvidence={setEvidence('skp')} problem={problems.value.skp} onSave={saveSkp}>
                <div className="flex gap-m flex-wrap">
                  <Select id="skp-hasil" label={translate(key`entry.skpHasil`)} value={hasil.value}
                    items={RATINGS.map(([value, label]) => ({ value, label: translate(label) }))}
                    onValueChanged={(e) => (hasil.value = e.detail.value)} />
                  <Select id="skp-perilaku" label={translate(key`entry.skpPerilaku`)} value={perilaku.value}
                    items={RATINGS.map(([value, label]) => ({ value, label: translate(label) }))}
                    onValueChanged={(e) => (perilaku.value = e.detail.value)} />
                </div>
                <StoredLine outcome={s.result} indicator="SKP" />
              </Part>

              <Part id="competency" title={translate(key`entry.competency`)} evidence={evidence.value.competency ?? ''}
                onEvidence={setEvidence('competency')} problem={problems.value.competency} onSave={saveCompetency}>
                {s.standard.length === 0 ? <span id="competency-no-standard">{translate(key`entry.noStandard`)}</span> : (
                  <table id="competency-standard">
                    <thead><tr>
                      <th style={{ textAlign: 'left' }}>{translate(key`entry.competencyName`)}</th>
                      <th style={{ textAlign: 'left' }}>{translate(key`entry.competencyKind`)}</th>
                      <th>{translate(key`entry.required`)}</th>
                      <th>{translate(key`entry.achieved`)}</th>
                    </tr></thead>
                    <tbody>
                      {s.standard.map((r) => (
                        <tr key={r.competency}>
                          <td>{r.competency.replaceAll('_', ' ')}</td>
                          <td>{r.kind}</td>
                          <td style={{ textAlign: 'center' }}>{r.requiredLevel}</td>
                          <td>
                            <IntegerField id={`level-${r.competency}`} min={1} max={5} stepButtonsVisible
                              aria-label={r.competency} value={levels.value[r.competency] ?? ''} style={{ width: '7rem' }}
                              onValueChanged={(e) => (levels.value = { ...levels.value, [r.competency]: e.detail.value })} />
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
                <DatePicker id="competency-assessed-on" label={translate(key`entry.assessedOn`)} value={assessedOn.value}
                  onValueChanged={(e) => (assessedOn.value = e.detail.value)} style={{ width: '12rem' }} />
                <StoredLine outcome={s.result} indicator="COMPETENCY" />
              </Part>

              <Part id="potential" title={translate(key`entry.potential`)} evidence={evidence.value.potential ?? ''}
                onEvidence={setEvidence('potential')} problem={problems.value.potential} onSave={savePotential}>
                <TextField id="potential-score" label={translate(key`entry.potentialScore`)} placeholder="0-100"
                  value={potential.value} onValueChanged={(e) => (potential.value = e.detail.value)} style={{ width: '10rem' }} />
                <StoredLine outcome={s.result} indicator="POTENTIAL" />
              </Part>

              <Part id="fit" title={translate(key`entry.fieldFit`)} evidence={evidence.value.fit ?? ''}
                onEvidence={setEvidence('fit')} problem={problems.value.fit} onSave={saveFit}>
                <Checkbox id="fit-checkbox" label={translate(key`entry.fits`)} checked={fits.value}
                  onCheckedChanged={(e) => (fits.value = e.detail.value)} />
                <StoredLine outcome={s.result} indicator="FIELD_FIT" />
              </Part>

              <Part id="discipline" title={translate(key`entry.discipline`)} evidence={evidence.value.discipline ?? ''}
                onEvidence={setEvidence('discipline')} problem={problems.value.discipline} onSave={saveDiscipline}>
                <span id="discipline-help">{translate(key`entry.disciplineHelp`)}</span>
                <StoredLine outcome={s.result} indicator="DISCIPLINE" />
              </Part>

              {isAdmin ? <RaterPanel periodId={pid} nip={s.nip} /> : null}
            </>
          ) : null}
        </div>
      ) : (
        <div className="flex flex-col gap-m">
          <p className="m-0">{translate(key`entry.bulk.help`)}</p>
          <table id="bulk-columns">
            <tbody>
              {([
                ['NIP', key`entry.bulk.col.nip`],
                ['SKP_HASIL_KERJA, SKP_PERILAKU_KERJA', key`entry.bulk.col.skp`],
                ['KOMPETENSI', key`entry.bulk.col.competency`],
                ['POTENSI', key`entry.bulk.col.potential`],
                ['BIDANG_SESUAI', key`entry.bulk.col.fit`],
                ['BUKTI', key`entry.bulk.col.evidence`],
              ] as const).map(([column, text]) => (
                <tr key={column}><td className="font-semibold" style={{ paddingRight: '1rem' }}><code>{column}</code></td><td>{translate(text)}</td></tr>
              ))}
            </tbody>
          </table>
          <div className="flex gap-m items-center flex-wrap">
            <input type="file" id="bulk-file" ref={file} accept=".csv,.xlsx" />
            <Button theme="primary" id="bulk-start" onClick={upload} disabled={!periodId.value}>{translate(key`import.start`)}</Button>
            <Button id="bulk-template" onClick={() => download('templat-penilaian.csv', TEMPLATE)}>{translate(key`entry.bulk.template`)}</Button>
          </div>
          {bulkProblem.value ? <p role="alert" id="bulk-problem">{bulkProblem.value}</p> : null}
          {j ? (
            <div className="flex flex-col gap-s" id="bulk-job">
              <ProgressBar value={j.totalRows ? j.rowsDone / j.totalRows : 0} />
              <span id="bulk-status">
                {translate(key`import.progress`, { status: j.status, done: j.rowsDone, total: j.totalRows,
                  refused: j.refused, created: j.created, updated: j.updated, unchanged: j.unchanged })}
              </span>
              {j.failure ? <span role="alert">{j.failure}</span> : null}
              {rowErrors.value.length > 0 ? (
                <>
                  <Grid id="bulk-errors" items={rowErrors.value} allRowsVisible>
                    <GridColumn path="rowNumber" header={translate(key`entry.bulk.row`)} autoWidth />
                    <GridColumn path="field" header={translate(key`entry.bulk.field`)} autoWidth />
                    <GridColumn path="value" header={translate(key`entry.bulk.value`)} autoWidth />
                    <GridColumn path="message" header={translate(key`entry.bulk.message`)} autoWidth />
                  </Grid>
                  <div>
                    <Button id="bulk-report" onClick={async () => download(`laporan-galat-${j.fileName}.csv`,
                      await AssessmentEntryBrowserService.errorReportCsv(String(j.id)))}>{translate(key`import.report`)}</Button>
                  </div>
                </>
              ) : null}
            </div>
          ) : null}
        </div>
      )}
    </section>
  );
}
