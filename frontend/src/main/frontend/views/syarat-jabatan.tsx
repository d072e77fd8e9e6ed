import { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { translate, key } from '@vaadin/hilla-react-i18n';
import { Button } from '@vaadin/react-components/Button.js';
import { DatePicker } from '@vaadin/react-components/DatePicker.js';
import { Grid } from '@vaadin/react-components/Grid.js';
import { GridColumn } from '@vaadin/react-components/GridColumn.js';
import { IntegerField } from '@vaadin/react-components/IntegerField.js';
import { TextField } from '@vaadin/react-components/TextField.js';
import { useSignal } from '@vaadin/hilla-react-signals';
import { useEffect } from 'react';
import { LegalRulesBrowserService } from 'Frontend/generated/endpoints';
import type LegalRule from 'Frontend/generated/id/meritasn/succession/LegalRule';
import { useAuth } from 'Frontend/auth/auth';
import NonWorkingDays from 'Frontend/components/NonWorkingDays';
import { Problem } from 'Frontend/components/problems';

export const config: ViewConfig = {
  title: key`legalRules.menu`,
  loginRequired: true,
  menu: { order: 5.4, icon: 'vaadin:book', title: key`legalRules.menu` },
};

/**
 * The legal conditions for each position level (PP 11/2017 jo. PP 17/2020), every version with its source and the
 * days it is in force. Platform admins add a version from a date on; agencies read them and cannot change them.
 */
export default function LegalRulesView() {
  const { hasAccess } = useAuth();
  const admin = hasAccess({ rolesAllowed: ['PLATFORM_ADMIN'] });
  const rules = useSignal<LegalRule[]>([]);
  const level = useSignal('');
  const from = useSignal('');
  const source = useSignal('');
  const education = useSignal('');
  const prior = useSignal('');
  const years = useSignal('');
  const experience = useSignal('');
  const age = useSignal('');
  const problems = useSignal<string[]>([]);
  const load = () => LegalRulesBrowserService.rules(undefined).then((list) => (rules.value = list));
  useEffect(() => {
    load();
  }, []);

  const save = async () => {
    const conditions = [];
    if (education.value) conditions.push({ condition: 'EDUCATION', educationMin: education.value });
    if (experience.value) conditions.push({ condition: 'EXPERIENCE', years: Number(experience.value) });
    if (prior.value)
      conditions.push({
        condition: 'PRIOR_POSITION',
        years: Number(years.value),
        priorLevels: prior.value
          .split(',')
          .map((l) => l.trim())
          .filter((l) => l),
      });
    if (age.value) conditions.push({ condition: 'AGE', maxAge: Number(age.value) });
    const saved = await LegalRulesBrowserService.save(level.value, from.value, source.value, conditions);
    problems.value = saved.problems;
    if (saved.problems.length === 0) load();
  };

  return (
    <section className="p-l flex flex-col gap-m">
      <h2 className="m-0">{translate(key`legalRules.heading`)}</h2>
      <p className="m-0">{translate(key`legalRules.help`)}</p>
      <Grid items={rules.value} allRowsVisible id="legal-rules" theme="wrap-cell-content">
        <GridColumn path="targetLevel" header={translate(key`legalRules.level`)} autoWidth />
        <GridColumn path="condition" header={translate(key`legalRules.condition`)} autoWidth />
        <GridColumn header={translate(key`legalRules.requirement`)} autoWidth>
          {({ item }: { item: LegalRule }) => (
            <span>
              {[
                item.educationMin,
                item.years != null ? `${item.years} th` : null,
                item.priorLevels?.length ? item.priorLevels.join(' / ') : null,
                item.maxAge != null ? `≤ ${item.maxAge} th` : null,
              ]
                .filter((x) => x)
                .join(' · ')}
            </span>
          )}
        </GridColumn>
        <GridColumn path="legalSource" header={translate(key`succession.source`)} />
        <GridColumn header={translate(key`legalRules.inForce`)} autoWidth>
          {({ item }: { item: LegalRule }) => (
            <span>
              {item.effectiveFrom} – {item.effectiveTo ?? '…'}
            </span>
          )}
        </GridColumn>
      </Grid>
      {admin ? (
        <div className="flex flex-col gap-s" id="legal-rules-form">
          <h3 className="m-0">{translate(key`legalRules.add`)}</h3>
          <div className="flex gap-s flex-wrap items-end">
            <TextField
              label={translate(key`legalRules.level`)}
              value={level.value}
              placeholder="JPT_PRATAMA"
              onValueChanged={(e) => (level.value = e.detail.value)}
            />
            <DatePicker
              label={translate(key`legalRules.from`)}
              value={from.value}
              onValueChanged={(e) => (from.value = e.detail.value)}
            />
            <TextField
              label={translate(key`succession.source`)}
              value={source.value}
              className="field-l"
              onValueChanged={(e) => (source.value = e.detail.value)}
            />
          </div>
          <div className="flex gap-s flex-wrap items-end">
            <TextField
              label={translate(key`legalRules.education`)}
              value={education.value}
              placeholder="D4"
              onValueChanged={(e) => (education.value = e.detail.value)}
            />
            <IntegerField
              label={translate(key`legalRules.experience`)}
              value={experience.value}
              onValueChanged={(e) => (experience.value = e.detail.value)}
            />
            <TextField
              label={translate(key`legalRules.prior`)}
              value={prior.value}
              placeholder="ADMINISTRATOR, AHLI_MADYA"
              onValueChanged={(e) => (prior.value = e.detail.value)}
            />
            <IntegerField
              label={translate(key`legalRules.priorYears`)}
              value={years.value}
              onValueChanged={(e) => (years.value = e.detail.value)}
            />
            <IntegerField
              label={translate(key`legalRules.maxAge`)}
              value={age.value}
              onValueChanged={(e) => (age.value = e.detail.value)}
            />
          </div>
          {problems.value.length > 0 ? (
            <Problem as="div">
              <ul>
                {problems.value.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </Problem>
          ) : null}
          <Button theme="primary" onClick={save} disabled={!level.value || !from.value}>
            {translate(key`form.save`)}
          </Button>
        </div>
      ) : null}
      <NonWorkingDays admin={admin} />
    </section>
  );
}
