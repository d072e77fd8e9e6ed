import { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { key } from '@vaadin/hilla-react-i18n';
import { useSignal } from '@vaadin/hilla-react-signals';
import { useEffect } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { TalentBrowserService } from 'Frontend/generated/endpoints';
import type Card from 'Frontend/generated/id/meritasn/ui/TalentBrowserService/Card';
import TalentCard from 'Frontend/components/TalentCard';
import DownloadButtons from 'Frontend/components/DownloadButtons';

export const config: ViewConfig = {
  title: key`talent.card`,
  rolesAllowed: ['TENANT_ADMIN', 'ASSESSOR', 'TALENT_COMMITTEE', 'PPK'],
};

export default function TalentCardView() {
  const { nip } = useParams();
  const [params] = useSearchParams();
  const card = useSignal<Card | undefined>(undefined);
  useEffect(() => {
    TalentBrowserService.card(Number(params.get('periode')), nip ?? '').then((c) => (card.value = c));
  }, [nip]);
  return (
    <div className="p-l flex flex-col gap-m">
      {card.value ? (
        <DownloadButtons
          periodId={Number(params.get('periode'))}
          nip={card.value.nip}
          downloads={[{ kind: 'TALENT_CARD', format: 'PDF' }]}
        />
      ) : null}
      {card.value ? <TalentCard card={card.value} /> : '…'}
    </div>
  );
}
