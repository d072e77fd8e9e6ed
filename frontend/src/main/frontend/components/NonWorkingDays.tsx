import { translate, key } from '@vaadin/hilla-react-i18n';
import { Button } from '@vaadin/react-components/Button.js';
import { DatePicker } from '@vaadin/react-components/DatePicker.js';
import { Grid } from '@vaadin/react-components/Grid.js';
import { GridColumn } from '@vaadin/react-components/GridColumn.js';
import { IntegerField } from '@vaadin/react-components/IntegerField.js';
import { Select } from '@vaadin/react-components/Select.js';
import { TextField } from '@vaadin/react-components/TextField.js';
import { useSignal } from '@vaadin/hilla-react-signals';
import { useEffect } from 'react';
import { LegalRulesBrowserService } from 'Frontend/generated/endpoints';
import type NonWorkingDay from 'Frontend/generated/id/meritasn/succession/WorkingCalendar/NonWorkingDay';
import Kind from 'Frontend/generated/id/meritasn/succession/WorkingCalendar/Kind';
import { Problem } from 'Frontend/components/problems';

/**
 * National holidays and collective leave (cuti bersama) of a year, from the joint decree of the three ministers:
 * objection windows count working days against them. Platform admins enter each year's days.
 */
export default function NonWorkingDays({ admin }: { admin: boolean }) {
  const year = useSignal(String(new Date().getFullYear()));
  const days = useSignal<NonWorkingDay[]>([]);
  const day = useSignal('');
  const kind = useSignal<string>(Kind.HOLIDAY);
  const name = useSignal('');
  const source = useSignal('');
  const problems = useSignal<string[]>([]);
  const load = () => LegalRulesBrowserService.nonWorkingDays(Number(year.value)).then((l) => (days.value = l));
  useEffect(() => {
    if (year.value) load();
  }, [year.value]);

  return (
    <div className="flex flex-col gap-s" id="non-working-days">
      <h3 className="m-0">{translate(key`calendar.heading`)}</h3>
      <p className="m-0">{translate(key`calendar.help`)}</p>
      <IntegerField
        label={translate(key`calendar.year`)}
        value={year.value}
        onValueChanged={(e) => (year.value = e.detail.value)}
      />
      <Grid items={days.value} allRowsVisible>
        <GridColumn path="day" header={translate(key`calendar.day`)} autoWidth />
        <GridColumn header={translate(key`calendar.kind`)} autoWidth>
          {({ item }: { item: NonWorkingDay }) =>
            translate(item.kind === Kind.HOLIDAY ? key`calendar.HOLIDAY` : key`calendar.COLLECTIVE_LEAVE`)
          }
        </GridColumn>
        <GridColumn path="name" header={translate(key`calendar.name`)} autoWidth />
        <GridColumn path="source" header={translate(key`succession.source`)} />
      </Grid>
      {admin ? (
        <div className="flex gap-s flex-wrap items-end">
          <DatePicker
            label={translate(key`calendar.day`)}
            value={day.value}
            onValueChanged={(e) => (day.value = e.detail.value)}
          />
          <Select
            label={translate(key`calendar.kind`)}
            value={kind.value}
            onValueChanged={(e) => (kind.value = e.detail.value)}
            items={[
              { label: translate(key`calendar.HOLIDAY`), value: Kind.HOLIDAY },
              { label: translate(key`calendar.COLLECTIVE_LEAVE`), value: Kind.COLLECTIVE_LEAVE },
            ]}
          />
          <TextField
            label={translate(key`calendar.name`)}
            value={name.value}
            onValueChanged={(e) => (name.value = e.detail.value)}
          />
          <TextField
            label={translate(key`succession.source`)}
            value={source.value}
            className="field-m"
            onValueChanged={(e) => (source.value = e.detail.value)}
          />
          <Button
            theme="primary"
            disabled={!day.value}
            onClick={async () => {
              const saved = await LegalRulesBrowserService.saveNonWorkingDay(
                day.value,
                kind.value as Kind,
                name.value,
                source.value,
              );
              problems.value = saved.problems;
              if (saved.problems.length === 0) load();
            }}
          >
            {translate(key`form.save`)}
          </Button>
          <Problem text={problems.value.join(' ')} />
        </div>
      ) : null}
    </div>
  );
}
