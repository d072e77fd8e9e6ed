import { Select } from '@vaadin/react-components/Select.js';
import { i18n, translate, key } from '@vaadin/hilla-react-i18n';

const languages = [
  { label: 'Bahasa Indonesia', value: 'id' },
  { label: 'English', value: 'en' },
];

export default function LanguageSwitch() {
  const current = i18n.language.value?.startsWith('en') ? 'en' : 'id';
  return (
    <Select
      label={translate(key`language.label`)}
      items={languages}
      value={current}
      onValueChanged={(e) => {
        if (e.detail.value && e.detail.value !== current) {
          i18n.setLanguage(e.detail.value);
        }
      }}
    />
  );
}
