import { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { translate, key } from '@vaadin/hilla-react-i18n';

export const config: ViewConfig = {
  title: key`home.menu`,
  menu: { order: 0, icon: 'vaadin:home', title: key`home.menu` },
};

export default function HomeView() {
  return (
    <section className="p-l flex flex-col gap-m" style={{ maxWidth: '60rem' }}>
      <h2 className="m-0">{translate(key`home.heading`)}</h2>
      <p>{translate(key`home.intro`)}</p>
      <ul>
        <li>{translate(key`home.feature.records`)}</li>
        <li>{translate(key`home.feature.assessment`)}</li>
        <li>{translate(key`home.feature.talentmap`)}</li>
        <li>{translate(key`home.feature.succession`)}</li>
        <li>{translate(key`home.feature.mobility`)}</li>
      </ul>
    </section>
  );
}
