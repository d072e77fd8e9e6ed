import { i18n, translate, key } from '@vaadin/hilla-react-i18n';
import { Button } from '@vaadin/react-components/Button.js';
import { useSignal } from '@vaadin/hilla-react-signals';
import { DocumentBrowserService } from 'Frontend/generated/endpoints';
import { Problem, problemText } from 'Frontend/components/problems';

/** label: what the button names when a view offers more than one file of a format. */
type Download = { kind: string; format: 'PDF' | 'XLSX'; label?: string };

/**
 * "Unduh PDF" / "Unduh Excel" for what a view shows: issues the document for the signed-in user (the server checks
 * their role for the data) in the UI's language, then follows its short-lived link. A refusal is shown beside.
 */
type EmployeeList = {
  golonganMin?: string;
  golonganMax?: string;
  positionKind?: string;
  status?: string;
  text?: string;
};

export default function DownloadButtons({
  downloads,
  periodId,
  unitCode,
  nip,
  caseId,
  sessionId,
  requestId,
  employees,
  idSuffix,
}: {
  downloads: Download[];
  periodId?: number;
  unitCode?: string;
  nip?: string;
  caseId?: number;
  sessionId?: number;
  requestId?: string;
  employees?: EmployeeList;
  idSuffix?: string;
}) {
  const problem = useSignal<string | undefined>(undefined);
  const busy = useSignal(false);
  const fetch = async (kind: string) => {
    busy.value = true;
    try {
      const issued = await DocumentBrowserService.issue(
        kind,
        { periodId, unitCode: unitCode || undefined, nip, caseId, sessionId, requestId, employees },
        i18n.language.value?.startsWith('en') ? 'en' : 'id',
      );
      problem.value = issued.problem;
      if (issued.downloadPath) {
        window.location.assign(issued.downloadPath);
      }
    } catch (e) {
      problem.value = problemText(e);
    } finally {
      busy.value = false;
    }
  };
  return (
    <span className="flex gap-s items-end">
      {downloads.map((d) => (
        <Button
          key={d.kind}
          id={`download-${d.kind}${idSuffix ? `-${idSuffix}` : ''}`}
          disabled={busy.value}
          onClick={() => fetch(d.kind)}
        >
          {d.format === 'PDF' ? translate(key`download.pdf`) : translate(key`download.xlsx`)}
          {d.label ? ` (${d.label})` : ''}
        </Button>
      ))}
      <Problem as="span" className="text-s" text={problem.value} />
    </span>
  );
}
