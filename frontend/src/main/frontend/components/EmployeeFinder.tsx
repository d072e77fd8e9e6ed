import { translate, key } from '@vaadin/hilla-react-i18n';
import { Button } from '@vaadin/react-components/Button.js';
import { Grid } from '@vaadin/react-components/Grid.js';
import { GridColumn } from '@vaadin/react-components/GridColumn.js';
import { TextField } from '@vaadin/react-components/TextField.js';
import { useSignal } from '@vaadin/hilla-react-signals';
import { EmployeeBrowserService } from 'Frontend/generated/endpoints';
import type EmployeeRow from 'Frontend/generated/id/meritasn/ui/EmployeeBrowserService/EmployeeRow';

/**
 * Finds the employee to enter inputs for: an 18-digit NIP opens them at once, any other text lists the first 20
 * employees whose name matches, to choose from.
 */
export default function EmployeeFinder({
  disabled,
  onChosen,
  onSearching,
  onNoMatch,
}: {
  disabled: boolean;
  onChosen: (nip: string) => void;
  onSearching: () => void;
  onNoMatch: () => void;
}) {
  const query = useSignal('');
  const matches = useSignal<EmployeeRow[]>([]);

  const choose = (nip: string) => {
    matches.value = [];
    onChosen(nip);
  };
  const find = async () => {
    const text = query.value.trim();
    if (!text) return;
    if (/^\d{18}$/.test(text)) {
      choose(text);
      return;
    }
    onSearching();
    const page = await EmployeeBrowserService.page(
      text,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      false,
      undefined,
      20,
    );
    matches.value = page.rows;
    if (matches.value.length === 0) onNoMatch();
  };

  return (
    <>
      <div className="flex gap-m items-end flex-wrap">
        <TextField
          id="entry-search"
          label={translate(key`entry.search`)}
          value={query.value}
          clearButtonVisible
          className="field-min-l"
          onValueChanged={(e) => (query.value = e.detail.value)}
          onKeyDown={(e) => e.key === 'Enter' && find()}
        />
        <Button id="entry-find" onClick={find} disabled={disabled}>
          {translate(key`entry.find`)}
        </Button>
      </div>
      {matches.value.length > 0 ? (
        <Grid
          id="entry-matches"
          items={matches.value}
          allRowsVisible
          onActiveItemChanged={(e) => e.detail.value && choose(e.detail.value.nip)}
        >
          <GridColumn path="fullName" header={translate(key`employees.name`)} autoWidth />
          <GridColumn path="nip" header="NIP" autoWidth />
          <GridColumn path="positionName" header={translate(key`employees.position`)} autoWidth />
          <GridColumn path="unitName" header={translate(key`employees.unit`)} autoWidth />
        </Grid>
      ) : null}
    </>
  );
}
