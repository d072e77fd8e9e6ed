import { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { translate, key } from '@vaadin/hilla-react-i18n';
import { Button } from '@vaadin/react-components/Button.js';
import { useSignal } from '@vaadin/hilla-react-signals';
import { useEffect } from 'react';
import { PrivacyBrowserService } from 'Frontend/generated/endpoints';
import type MyDataDocument from 'Frontend/generated/id/meritasn/ui/PrivacyBrowserService/MyDataDocument';
import type Read from 'Frontend/generated/id/meritasn/ui/PrivacyBrowserService/Read';
import ReadsTable from 'Frontend/components/ReadsTable';
import { Problem, showProblem } from 'Frontend/components/problems';

export const config: ViewConfig = {
  title: key`privacy.menu`,
  rolesAllowed: ['EMPLOYEE'],
  menu: { order: 4, icon: 'vaadin:file-text-o', title: key`privacy.menu` },
};

/** Any JSON value as something a person reads: lists of records as tables, records as term and value. */
function Readable({ value }: { value: unknown }) {
  if (value === null || value === undefined || value === '') return <span>-</span>;
  if (Array.isArray(value)) {
    if (value.length === 0) return <span>{translate(key`privacy.none`)}</span>;
    if (typeof value[0] !== 'object') return <span>{value.join(', ')}</span>;
    const columns = [...new Set(value.flatMap((row) => Object.keys(row as object)))];
    return (
      <table className="privacy-table">
        <thead>
          <tr>
            {columns.map((c) => (
              <th scope="col" key={c}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {value.map((row, i) => (
            <tr key={i}>
              {columns.map((c) => (
                <td key={c}>
                  <Readable value={(row as Record<string, unknown>)[c]} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  if (typeof value === 'object') {
    return (
      <dl className="privacy-record">
        {Object.entries(value as Record<string, unknown>).map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>
              <Readable value={v} />
            </dd>
          </div>
        ))}
      </dl>
    );
  }
  return <span>{String(value)}</span>;
}

/** An employee's own data: who was shown it, the whole of it to read or print, and as a JSON file (UU 27/2022). */
export default function MyDataView() {
  const document = useSignal<MyDataDocument | null | undefined>(undefined);
  const reads = useSignal<Read[]>([]);
  const error = useSignal<string | undefined>(undefined);
  useEffect(() => {
    PrivacyBrowserService.readsOfMine()
      .then((r) => (reads.value = r))
      .catch(showProblem(error));
    PrivacyBrowserService.myData()
      .then((d) => (document.value = d ?? null))
      .catch(showProblem(error));
  }, []);
  const download = () => {
    if (!document.value) return;
    const link = window.document.createElement('a');
    link.href = URL.createObjectURL(new Blob([document.value.json], { type: 'application/json' }));
    link.download = document.value.fileName;
    link.click();
    URL.revokeObjectURL(link.href);
  };
  const data = document.value ? (JSON.parse(document.value.json) as Record<string, unknown>) : undefined;
  return (
    <section className="p-l flex flex-col gap-m">
      <h2 className="m-0">{translate(key`privacy.heading`)}</h2>
      <p className="m-0">{translate(key`privacy.intro`)}</p>
      <Problem text={error.value} />
      <h3 className="m-0">{translate(key`privacy.whoLooked`)}</h3>
      <ReadsTable id="my-reads" reads={reads.value} showNip={false} />
      {document.value === null ? <p>{translate(key`privacy.noRecord`)}</p> : null}
      {data ? (
        <>
          <div className="flex gap-s">
            <Button id="download-my-data" theme="primary" onClick={download}>
              {translate(key`privacy.download`)}
            </Button>
            <Button id="print-my-data" onClick={() => window.print()}>
              {translate(key`privacy.print`)}
            </Button>
          </div>
          <h3 className="m-0">{translate(key`privacy.record`)}</h3>
          <div id="my-data-record">
            <Readable value={data.employee} />
          </div>
          <h3 className="m-0">{translate(key`privacy.histories`)}</h3>
          <Readable value={data.histories} />
          <h3 className="m-0">{translate(key`privacy.sections`)}</h3>
          <Readable value={data.sections} />
          <p className="text-s">
            {translate(key`privacy.generatedAt`)} {String(data.generatedAt)}
          </p>
        </>
      ) : null}
    </section>
  );
}
