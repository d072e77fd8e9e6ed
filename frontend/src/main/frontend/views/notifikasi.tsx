import { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { translate, key } from '@vaadin/hilla-react-i18n';
import { Button } from '@vaadin/react-components/Button.js';
import { Checkbox } from '@vaadin/react-components/Checkbox.js';
import { RadioButton } from '@vaadin/react-components/RadioButton.js';
import { RadioGroup } from '@vaadin/react-components/RadioGroup.js';
import { useSignal } from '@vaadin/hilla-react-signals';
import { useEffect } from 'react';
import { NotificationBrowserService } from 'Frontend/generated/endpoints';
import type Settings from 'Frontend/generated/id/meritasn/notification/NotificationSettingsService/Settings';
import type SentNotification from 'Frontend/generated/id/meritasn/notification/NotificationSettingsService/SentNotification';
import { serverText } from 'Frontend/components/serverTexts';
import { Problem, showProblem } from 'Frontend/components/problems';

export const config: ViewConfig = {
  title: key`notifications.menu`,
  rolesAllowed: ['TENANT_ADMIN', 'ASSESSOR', 'TALENT_COMMITTEE', 'PPK', 'EMPLOYEE', 'DATA_PROTECTION_OFFICER'],
  menu: { order: 9.5, icon: 'vaadin:envelope', title: key`notifications.menu` },
};

const STATES: Record<string, ReturnType<typeof key>> = {
  PENDING: key`notifications.state.PENDING`,
  SENT: key`notifications.state.SENT`,
  SKIPPED: key`notifications.state.SKIPPED`,
  FAILED: key`notifications.state.FAILED`,
};

/**
 * The person's own e-mail choices: the language of the messages and which kinds they receive (every kind until
 * unticked), and the newest messages about their agency with what became of each.
 */
export default function NotificationsView() {
  const settings = useSignal<Settings | undefined>(undefined);
  const language = useSignal('id');
  const muted = useSignal<string[]>([]);
  const recent = useSignal<SentNotification[]>([]);
  const message = useSignal<string | undefined>(undefined);
  const problem = useSignal<string | undefined>(undefined);

  const show = (s: Settings) => {
    settings.value = s;
    language.value = s.language ?? 'id';
    muted.value = (s.kinds ?? []).filter((k) => k && !k.receive).map((k) => k!.kind!);
  };
  useEffect(() => {
    NotificationBrowserService.settings().then(show).catch(showProblem(problem));
    NotificationBrowserService.recent()
      .then((r) => (recent.value = r.filter((n) => !!n) as SentNotification[]))
      .catch(showProblem(problem));
  }, []);

  const save = async () => {
    message.value = undefined;
    const result = await NotificationBrowserService.save(language.value, muted.value);
    problem.value = result.problem;
    if (result.settings) {
      show(result.settings);
      message.value = translate(key`notifications.saved`);
    }
  };

  return (
    <section className="p-l flex flex-col gap-m page-narrow">
      <h2 className="m-0">{translate(key`notifications.heading`)}</h2>
      <p className="m-0">{translate(key`notifications.intro`)}</p>
      <Problem id="notifications-problem" text={problem.value} />
      {settings.value ? (
        <div className="flex flex-col gap-s">
          <RadioGroup
            id="notifications-language"
            label={translate(key`notifications.language`)}
            value={language.value}
            onValueChanged={(e) => (language.value = e.detail.value)}
          >
            <RadioButton id="notifications-language-id" value="id" label={translate(key`notifications.indonesian`)} />
            <RadioButton id="notifications-language-en" value="en" label={translate(key`notifications.english`)} />
          </RadioGroup>
          <fieldset className="flex flex-col gap-xs border-0 p-0 m-0">
            <legend className="font-semibold">{translate(key`notifications.kinds`)}</legend>
            {(settings.value.kinds ?? []).map(
              (choice) =>
                choice && (
                  <Checkbox
                    key={choice.kind}
                    className="notification-kind"
                    data-kind={choice.kind}
                    label={serverText(choice.label)}
                    checked={!muted.value.includes(choice.kind!)}
                    onCheckedChanged={(e) =>
                      (muted.value = e.detail.value
                        ? muted.value.filter((k) => k !== choice.kind)
                        : [...muted.value.filter((k) => k !== choice.kind), choice.kind!])
                    }
                  />
                ),
            )}
          </fieldset>
          <div className="flex gap-s items-center">
            <Button theme="primary" id="notifications-save" onClick={save}>
              {translate(key`notifications.save`)}
            </Button>
            {message.value ? (
              <span role="status" id="notifications-saved">
                {message.value}
              </span>
            ) : null}
          </div>
        </div>
      ) : null}
      <h3 className="m-0">{translate(key`notifications.recent`)}</h3>
      {recent.value.length === 0 ? (
        <p className="m-0" id="notifications-none">
          {translate(key`notifications.none`)}
        </p>
      ) : (
        <ul id="notifications-recent" className="m-0">
          {recent.value.map((n, i) => (
            <li key={i} data-kind={n.kind} data-state={n.state}>
              <a href={n.link}>{serverText(n.subject)}</a>
              {' · '}
              {STATES[n.state ?? ''] ? translate(STATES[n.state ?? '']) : n.state} ·{' '}
              {(n.sentAt || n.createdAt || '').substring(0, 16).replace('T', ' ')}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
