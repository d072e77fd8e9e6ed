import { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { translate, key } from '@vaadin/hilla-react-i18n';
import { useSignal } from '@vaadin/hilla-react-signals';
import { useEffect } from 'react';
import { useParams } from 'react-router';
import { DocumentVerificationBrowserService } from 'Frontend/generated/endpoints';
import type DocumentVerification from 'Frontend/generated/id/meritasn/document/DocumentVerification';

// Open to everyone (the QR code on a printed document leads here), without login and without the menu.
export const config: ViewConfig = {
  title: key`verify.title`,
  skipLayouts: true,
  menu: { exclude: true },
};

/** What a document's verification code stands for: who issued what, when, about whom, and whether it still holds. */
export default function VerifyDocumentView() {
  const { code } = useParams();
  const result = useSignal<DocumentVerification | undefined>(undefined);
  useEffect(() => {
    document.title = translate(key`verify.title`);
    DocumentVerificationBrowserService.verify(code ?? '').then((r) => (result.value = r));
  }, [code]);
  const r = result.value;
  return (
    <main className="p-l flex flex-col gap-m page-narrow">
      <h1 className="m-0">{translate(key`verify.title`)}</h1>
      <p className="m-0">
        {translate(key`verify.code`)}: <strong id="verify-code">{code}</strong>
      </p>
      {r === undefined ? <p>…</p> : null}
      {r && !r.found ? (
        <p role="alert" id="verify-not-found">
          {translate(key`verify.notFound`)}
        </p>
      ) : null}
      {r && r.found ? (
        <dl id="verify-result" data-changed={r.changed}>
          <dt>{translate(key`verify.agency`)}</dt>
          <dd id="verify-agency">{r.agency}</dd>
          <dt>{translate(key`verify.document`)}</dt>
          <dd id="verify-document">{r.title}</dd>
          <dt>{translate(key`verify.subject`)}</dt>
          <dd>{r.publicSubject}</dd>
          <dt>{translate(key`verify.issuedAt`)}</dt>
          <dd>{r.issuedAt}</dd>
        </dl>
      ) : null}
      {r && r.found ? (
        <p role="status" id="verify-status">
          {r.changed ? translate(key`verify.changed`) : translate(key`verify.unchanged`)}
        </p>
      ) : null}
    </main>
  );
}
