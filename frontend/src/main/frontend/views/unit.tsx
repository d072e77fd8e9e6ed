import { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { translate, key } from '@vaadin/hilla-react-i18n';
import { useSignal } from '@vaadin/hilla-react-signals';
import { useEffect } from 'react';
import { EmployeeBrowserService } from 'Frontend/generated/endpoints';
import type Unit from 'Frontend/generated/id/meritasn/employee/EmployeeRecords/Unit';

export const config: ViewConfig = {
  title: key`units.menu`,
  loginRequired: true,
  menu: { order: 7, icon: 'vaadin:sitemap', title: key`units.menu` },
};

function UnitNode({ unit }: { unit: Unit | undefined }) {
  if (!unit) return null;
  return (
    <li>
      <span className="font-semibold">{unit.name}</span> <code className="text-s">{unit.code}</code>
      {(unit.children?.length ?? 0) > 0 ? (
        <ul>
          {unit.children?.map((c) => (
            <UnitNode key={c?.code} unit={c} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

export default function UnitTreeView() {
  const tree = useSignal<(Unit | undefined)[]>([]);
  useEffect(() => {
    EmployeeBrowserService.unitTree().then((t) => (tree.value = t));
  }, []);
  return (
    <section className="p-l">
      <h2 className="m-0" id="units-heading">
        {translate(key`units.heading`)}
      </h2>
      {/* focusable, so a keyboard user can scroll a long tree (it holds no links of its own) */}
      <ul id="unit-tree" tabIndex={0} aria-labelledby="units-heading">
        {tree.value.map((u) => (
          <UnitNode key={u?.code} unit={u} />
        ))}
      </ul>
    </section>
  );
}
