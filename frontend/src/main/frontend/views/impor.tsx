import { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { translate, key } from '@vaadin/hilla-react-i18n';
import { Button } from '@vaadin/react-components/Button.js';
import { ProgressBar } from '@vaadin/react-components/ProgressBar.js';
import { useSignal } from '@vaadin/hilla-react-signals';
import { useEffect, useRef } from 'react';
import { EmployeeBrowserService } from 'Frontend/generated/endpoints';
import type ImportJob from 'Frontend/generated/id/meritasn/imports/ImportJob';
import DownloadButtons from 'Frontend/components/DownloadButtons';
import { Problem } from 'Frontend/components/problems';

export const config: ViewConfig = {
  title: key`import.menu`,
  rolesAllowed: ['TENANT_ADMIN'],
  menu: { order: 9, icon: 'vaadin:upload', title: key`import.menu` },
};

export default function ImportView() {
  const input = useRef<HTMLInputElement>(null);
  const job = useSignal<ImportJob | undefined>(undefined);
  const problem = useSignal<string | undefined>(undefined);
  const recent = useSignal<ImportJob[]>([]);
  const loadRecent = async () => (recent.value = await EmployeeBrowserService.importJobs());
  useEffect(() => {
    loadRecent();
  }, []);

  // follow the running job: progress is committed per chunk, so polling shows real progress
  useEffect(() => {
    const id = job.value?.id;
    if (!id || job.value?.status === 'COMPLETED' || job.value?.status === 'FAILED') {
      if (id) loadRecent();
      return;
    }
    const timer = setInterval(async () => (job.value = (await EmployeeBrowserService.importJob(id)) ?? job.value), 700);
    return () => clearInterval(timer);
  }, [job.value?.id, job.value?.status]);

  const upload = async () => {
    const file = input.current?.files?.[0];
    if (!file) return;
    problem.value = undefined;
    const started = await EmployeeBrowserService.startImport(file);
    problem.value = started.problem;
    job.value = started.job;
  };

  const downloadReport = async () => {
    const csv = await EmployeeBrowserService.errorReportCsv(String(job.value?.id));
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    link.download = `laporan-galat-${job.value?.fileName ?? 'impor'}.csv`;
    link.click();
  };

  const j = job.value;
  return (
    <section className="p-l flex flex-col gap-m page-narrow">
      <h2 className="m-0">{translate(key`import.heading`)}</h2>
      <p>{translate(key`import.help`)}</p>
      <div className="flex gap-m items-center">
        <label htmlFor="import-file">{translate(key`import.file`)}</label>
        <input type="file" id="import-file" ref={input} accept=".csv,.xlsx" />
        <Button theme="primary" id="import-start" onClick={upload}>
          {translate(key`import.start`)}
        </Button>
      </div>
      <Problem id="import-problem" text={problem.value} />
      {j ? (
        <div className="flex flex-col gap-s" id="import-job">
          <ProgressBar value={j.totalRows ? (j.rowsDone ?? 0) / j.totalRows : 0} />
          <span id="import-status">
            {translate(key`import.progress`, {
              status: j.status ?? '',
              done: j.rowsDone ?? 0,
              total: j.totalRows ?? 0,
              refused: j.refused ?? 0,
              created: j.created ?? 0,
              updated: j.updated ?? 0,
              unchanged: j.unchanged ?? 0,
            })}
          </span>
          <Problem as="span" text={j.failure} />
          {(j.refused ?? 0) > 0 ? (
            <>
              <Button id="import-report" onClick={downloadReport}>
                {translate(key`import.report`)}
              </Button>
              <DownloadButtons requestId={String(j.id)} downloads={[{ kind: 'IMPORT_ERRORS', format: 'XLSX' }]} />
            </>
          ) : null}
        </div>
      ) : null}
      <h3 className="mb-0">{translate(key`import.recent`)}</h3>
      {recent.value.length === 0 ? <p className="m-0">{translate(key`import.none`)}</p> : null}
      <ul className="m-0 flex flex-col gap-s" id="import-recent">
        {recent.value.map((r) => (
          <li key={r.id} className="import-recent-job" data-refused={r.refused}>
            <strong>{r.fileName}</strong> · {r.createdAt?.substring(0, 16).replace('T', ' ')} · {r.createdBy}
            <br />
            {translate(key`import.progress`, {
              status: r.status ?? '',
              done: r.rowsDone ?? 0,
              total: r.totalRows ?? 0,
              refused: r.refused ?? 0,
              created: r.created ?? 0,
              updated: r.updated ?? 0,
              unchanged: r.unchanged ?? 0,
            })}
            {(r.refused ?? 0) > 0 ? (
              <DownloadButtons
                requestId={String(r.id)}
                idSuffix={String(r.id)}
                downloads={[{ kind: 'IMPORT_ERRORS', format: 'XLSX' }]}
              />
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
