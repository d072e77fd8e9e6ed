import { translate, key } from '@vaadin/hilla-react-i18n';
import type Read from 'Frontend/generated/id/meritasn/ui/PrivacyBrowserService/Read';

/** Who was shown whose personal data: a plain table, so it reads and prints as it is. */
export default function ReadsTable({ id, reads, showNip }: { id: string; reads: Read[]; showNip: boolean }) {
  if (reads.length === 0) {
    return <p id={`${id}-empty`}>{translate(key`privacy.noReads`)}</p>;
  }
  return (
    <table id={id} className="privacy-table">
      <thead>
        <tr>
          <th scope="col">{translate(key`privacy.readAt`)}</th>
          <th scope="col">{translate(key`privacy.reader`)}</th>
          <th scope="col">{translate(key`privacy.roles`)}</th>
          {showNip ? <th scope="col">NIP</th> : null}
          <th scope="col">{translate(key`privacy.view`)}</th>
          <th scope="col">{translate(key`privacy.purpose`)}</th>
        </tr>
      </thead>
      <tbody>
        {reads.map((r, i) => (
          <tr key={i}>
            <td>{new Date(r.readAt).toLocaleString('id-ID', { timeZone: 'Asia/Jakarta' })}</td>
            <td className="reader">{r.reader}</td>
            <td>{r.readerRoles.join(', ')}</td>
            {showNip ? <td>{r.nip}</td> : null}
            <td className="view">{r.view}</td>
            <td>{r.purpose}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
