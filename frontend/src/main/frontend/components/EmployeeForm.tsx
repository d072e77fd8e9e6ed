import { serverText } from 'Frontend/components/serverTexts';
import { translate, key } from '@vaadin/hilla-react-i18n';
import { Button } from '@vaadin/react-components/Button.js';
import { Dialog } from '@vaadin/react-components/Dialog.js';
import { Select } from '@vaadin/react-components/Select.js';
import { TextField } from '@vaadin/react-components/TextField.js';
import { useSignal } from '@vaadin/hilla-react-signals';
import { useEffect } from 'react';
import { EmployeeBrowserService } from 'Frontend/generated/endpoints';
import type EmployeeEdit from 'Frontend/generated/id/meritasn/ui/EmployeeBrowserService/EmployeeEdit';
import EmployeeStatus from 'Frontend/generated/id/meritasn/employee/EmployeeRecords/EmployeeStatus';
import EmployeeType from 'Frontend/generated/id/meritasn/employee/EmployeeRecords/EmployeeType';
import type Unit from 'Frontend/generated/id/meritasn/employee/EmployeeRecords/Unit';

type Option = { label: string; value: string };

/** Create or edit an employee. Birth date and gender are not asked: they come from the NIP. */
export default function EmployeeForm({
  initial,
  create,
  opened,
  onClose,
  onSaved,
}: {
  initial: EmployeeEdit;
  create: boolean;
  opened: boolean;
  onClose: () => void;
  onSaved: (nip: string) => void;
}) {
  const form = useSignal<EmployeeEdit>(initial);
  const errors = useSignal<Record<string, string>>({});
  // PNS golongan and PPPK grades, each with its kind, so the list follows the employee type
  const golongan = useSignal<(Option & { pppk: boolean })[]>([]);
  const positions = useSignal<Option[]>([]);
  const units = useSignal<Option[]>([]);

  useEffect(() => {
    form.value = initial;
    errors.value = {};
  }, [initial, opened]);
  useEffect(() => {
    EmployeeBrowserService.referenceData().then(
      (r) =>
        (golongan.value = (r.golongan ?? []).map((g) => ({
          label: `${g?.code} ${g?.pangkat}`,
          value: g?.code ?? '',
          pppk: g?.kind === 'PPPK',
        }))),
    );
    EmployeeBrowserService.positions(undefined).then(
      (list) =>
        (positions.value = [
          { label: '—', value: '' },
          ...list.map((p) => ({ label: p.position?.name ?? '', value: p.position?.code ?? '' })),
        ]),
    );
    EmployeeBrowserService.unitTree().then((tree) => {
      const flat: Option[] = [{ label: '—', value: '' }];
      const walk = (list: (Unit | undefined)[], depth: number) =>
        list.forEach((u) => {
          flat.push({ label: `${'· '.repeat(depth)}${u?.name}`, value: u?.code ?? '' });
          walk(u?.children ?? [], depth + 1);
        });
      walk(tree, 0);
      units.value = flat;
    });
  }, []);

  const set = (field: keyof EmployeeEdit) => (e: { detail: { value: string } }) =>
    (form.value = { ...form.value, [field]: e.detail.value });
  const save = async () => {
    const result = await EmployeeBrowserService.save(form.value, create);
    if (result.nip) {
      onSaved(result.nip);
    } else {
      errors.value = Object.fromEntries(
        result.problems.map((p) => [p?.field ?? '', p?.text ? serverText(p.text) : (p?.message ?? '')]),
      );
    }
  };
  const statuses = Object.values(EmployeeStatus).map((s) => ({ label: s, value: s }));
  const pppk = form.value.employeeType === EmployeeType.PPPK;
  const types = Object.values(EmployeeType).map((t) => ({ label: t, value: t }));

  return (
    <Dialog
      opened={opened}
      onOpenedChanged={(e) => !e.detail.value && onClose()}
      header={<h3 className="m-0">{translate(create ? key`form.create` : key`form.edit`)}</h3>}
      footer={
        <>
          <Button onClick={onClose}>{translate(key`form.cancel`)}</Button>
          <Button theme="primary" id="form-save" onClick={save}>
            {translate(key`form.save`)}
          </Button>
        </>
      }
    >
      <div className="flex flex-col gap-s field-min-l">
        <TextField
          id="form-nip"
          label="NIP"
          value={form.value.nip}
          readonly={!create}
          onValueChanged={set('nip')}
          invalid={!!errors.value.nip}
          errorMessage={errors.value.nip}
        />
        <TextField
          id="form-name"
          label={translate(key`employees.name`)}
          value={form.value.name}
          onValueChanged={set('name')}
          invalid={!!errors.value.name}
          errorMessage={errors.value.name}
        />
        <div className="flex gap-s">
          <TextField
            label={translate(key`form.frontTitle`)}
            value={form.value.frontTitle ?? ''}
            onValueChanged={set('frontTitle')}
          />
          <TextField
            label={translate(key`form.backTitle`)}
            value={form.value.backTitle ?? ''}
            onValueChanged={set('backTitle')}
          />
        </div>
        <Select
          id="form-type"
          label={translate(key`form.employeeType`)}
          items={types}
          value={form.value.employeeType ?? EmployeeType.PNS}
          onValueChanged={set('employeeType')}
          invalid={!!errors.value.employeeType}
          errorMessage={errors.value.employeeType}
        />
        <Select
          id="form-golongan"
          label={translate(pppk ? key`form.pppkGrade` : key`employees.golongan`)}
          items={golongan.value.filter((g) => g.pppk === pppk)}
          value={form.value.golongan}
          onValueChanged={set('golongan')}
          invalid={!!errors.value.golongan}
          errorMessage={errors.value.golongan}
        />
        <TextField
          id="form-tmt"
          label={translate(key`form.tmt`)}
          placeholder="YYYY-MM-DD"
          value={form.value.golonganTmt}
          onValueChanged={set('golonganTmt')}
          invalid={!!errors.value.golonganTmt}
          errorMessage={errors.value.golonganTmt}
        />
        {pppk ? (
          <TextField
            id="form-agreement-end"
            label={translate(key`form.agreementEnd`)}
            placeholder="YYYY-MM-DD"
            value={form.value.agreementEnd ?? ''}
            onValueChanged={set('agreementEnd')}
            invalid={!!errors.value.agreementEnd}
            errorMessage={errors.value.agreementEnd}
          />
        ) : null}
        <Select
          label={translate(key`employees.position`)}
          items={positions.value}
          value={form.value.positionCode ?? ''}
          onValueChanged={set('positionCode')}
          invalid={!!errors.value.positionCode}
          errorMessage={errors.value.positionCode}
        />
        <Select
          label={translate(key`employees.unit`)}
          items={units.value}
          value={form.value.unitCode ?? ''}
          onValueChanged={set('unitCode')}
          invalid={!!errors.value.unitCode}
          errorMessage={errors.value.unitCode}
        />
        <Select label="Status" items={statuses} value={form.value.status ?? 'ACTIVE'} onValueChanged={set('status')} />
      </div>
    </Dialog>
  );
}
