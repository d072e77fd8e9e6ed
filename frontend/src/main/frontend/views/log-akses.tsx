import { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { translate, key } from '@vaadin/hilla-react-i18n';
import { Button } from '@vaadin/react-components/Button.js';
import { TextField } from '@vaadin/react-components/TextField.js';
import { useSignal } from '@vaadin/hilla-react-signals';
import { useEffect } from 'react';
import { PrivacyBrowserService } from 'Frontend/generated/endpoints';
import type Read from 'Frontend/generated/id/meritasn/ui/PrivacyBrowserService/Read';
import ReadsTable from 'Frontend/components/ReadsTable';
import { Problem, showProblem } from 'Frontend/components/problems';

export const config: ViewConfig = {
  title: key`privacy.logMenu`,
  rolesAllowed: ['DATA_PROTECTION_OFFICER'],
  menu: { order: 40, icon: 'vaadin:eye', title: key`privacy.logMenu` },
};

/** The data-protection officer's record of who was shown whose personal data, newest first. */
export default function AccessLogView() {
  const nip = useSignal('');
  const reader = useSignal('');
  const reads = useSignal<Read[]>([]);
  const error = useSignal<string | undefined>(undefined);
  const search = () =>
    PrivacyBrowserService.accessLog(nip.value || undefined, reader.value || undefined)
      .then((r) => {
        reads.value = r;
        error.value = undefined;
      })
      .catch(showProblem(error));
  useEffect(() => {
    search();
  }, []);
  return (
    <section className="p-l flex flex-col gap-m">
      <h2 className="m-0">{translate(key`privacy.logHeading`)}</h2>
      <p className="m-0">{translate(key`privacy.logIntro`)}</p>
      <div className="flex gap-s items-end">
        <TextField id="log-nip" label="NIP" value={nip.value} onValueChanged={(e) => (nip.value = e.detail.value)} />
        <TextField
          id="log-reader"
          label={translate(key`privacy.reader`)}
          value={reader.value}
          onValueChanged={(e) => (reader.value = e.detail.value)}
        />
        <Button id="log-search" theme="primary" onClick={search}>
          {translate(key`privacy.search`)}
        </Button>
      </div>
      <Problem text={error.value} />
      <ReadsTable id="access-log" reads={reads.value} showNip />
    </section>
  );
}
