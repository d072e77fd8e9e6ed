import { translate, key } from '@vaadin/hilla-react-i18n';
import { Button } from '@vaadin/react-components/Button.js';
import { Grid } from '@vaadin/react-components/Grid.js';
import { GridColumn } from '@vaadin/react-components/GridColumn.js';
import { ProgressBar } from '@vaadin/react-components/ProgressBar.js';
import { useSignal } from '@vaadin/hilla-react-signals';
import { useEffect, useRef } from 'react';
import { serverText } from 'Frontend/components/serverTexts';
import { AssessmentEntryBrowserService } from 'Frontend/generated/endpoints';
import type ImportJob from 'Frontend/generated/id/meritasn/imports/ImportJob';
import type RowError from 'Frontend/generated/id/meritasn/imports/ImportJob/RowError';
import { Problem } from 'Frontend/components/problems';

const TEMPLATE = 'NIP,SKP_HASIL_KERJA,SKP_PERILAKU_KERJA,KOMPETENSI,POTENSI,BIDANG_SESUAI,BUKTI\n';

function download(name: string, csv: string) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  link.download = name;
  link.click();
}

/**
 * Assessment inputs of many employees from a CSV or XLSX file for the chosen period: the columns it reads, the
 * upload, the job's progress (committed per chunk, so the bar is real), and the refused rows with their report.
 * {@code onFinished} runs when the job ends, since the file may have changed what the page shows.
 */
export default function BulkEntry({ periodId, onFinished }: { periodId: string; onFinished: () => void }) {
  const file = useRef<HTMLInputElement>(null);
  const job = useSignal<ImportJob | undefined>(undefined);
  const rowErrors = useSignal<RowError[]>([]);
  const problem = useSignal<string | undefined>(undefined);

  useEffect(() => {
    const id = job.value?.id;
    if (!id) return;
    if (job.value?.status === 'COMPLETED' || job.value?.status === 'FAILED') {
      if ((job.value?.refused ?? 0) > 0)
        AssessmentEntryBrowserService.rowErrors(id, 100).then((e) => (rowErrors.value = e));
      onFinished();
      return;
    }
    const timer = setInterval(
      async () => (job.value = (await AssessmentEntryBrowserService.importJob(id)) ?? job.value),
      700,
    );
    return () => clearInterval(timer);
  }, [job.value?.id, job.value?.status]);

  const upload = async () => {
    const chosen = file.current?.files?.[0];
    if (!chosen || !periodId) return;
    problem.value = undefined;
    rowErrors.value = [];
    const started = await AssessmentEntryBrowserService.startImport(Number(periodId), chosen);
    problem.value = started.problem;
    job.value = started.job;
  };

  const j = job.value;
  return (
    <div className="flex flex-col gap-m">
      <p className="m-0">{translate(key`entry.bulk.help`)}</p>
      <table id="bulk-columns">
        <tbody>
          {(
            [
              ['NIP', key`entry.bulk.col.nip`],
              ['SKP_HASIL_KERJA, SKP_PERILAKU_KERJA', key`entry.bulk.col.skp`],
              ['KOMPETENSI', key`entry.bulk.col.competency`],
              ['POTENSI', key`entry.bulk.col.potential`],
              ['BIDANG_SESUAI', key`entry.bulk.col.fit`],
              ['BUKTI', key`entry.bulk.col.evidence`],
            ] as const
          ).map(([column, text]) => (
            <tr key={column}>
              <td className="font-semibold pr-m">
                <code>{column}</code>
              </td>
              <td>{translate(text)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="flex gap-m items-center flex-wrap">
        <input type="file" id="bulk-file" ref={file} accept=".csv,.xlsx" />
        <Button theme="primary" id="bulk-start" onClick={upload} disabled={!periodId}>
          {translate(key`import.start`)}
        </Button>
        <Button id="bulk-template" onClick={() => download('templat-penilaian.csv', TEMPLATE)}>
          {translate(key`entry.bulk.template`)}
        </Button>
      </div>
      <Problem id="bulk-problem" text={problem.value} />
      {j ? (
        <div className="flex flex-col gap-s" id="bulk-job">
          <ProgressBar value={j.totalRows ? j.rowsDone / j.totalRows : 0} />
          <span id="bulk-status">
            {translate(key`import.progress`, {
              status: j.status,
              done: j.rowsDone,
              total: j.totalRows,
              refused: j.refused,
              created: j.created,
              updated: j.updated,
              unchanged: j.unchanged,
            })}
          </span>
          <Problem as="span" text={j.failure} />
          {rowErrors.value.length > 0 ? (
            <>
              <Grid id="bulk-errors" items={rowErrors.value} allRowsVisible>
                <GridColumn path="rowNumber" header={translate(key`entry.bulk.row`)} autoWidth />
                <GridColumn path="field" header={translate(key`entry.bulk.field`)} autoWidth />
                <GridColumn path="value" header={translate(key`entry.bulk.value`)} autoWidth />
                <GridColumn header={translate(key`entry.bulk.message`)} autoWidth>
                  {({ item }: { item: RowError }) => serverText(item.text)}
                </GridColumn>
              </Grid>
              <div>
                <Button
                  id="bulk-report"
                  onClick={async () =>
                    download(
                      `laporan-galat-${j.fileName}.csv`,
                      await AssessmentEntryBrowserService.errorReportCsv(String(j.id)),
                    )
                  }
                >
                  {translate(key`import.report`)}
                </Button>
              </div>
            </>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
