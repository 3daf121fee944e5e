import { useMemo } from 'react';
import { directoryGroups, parseStatusesSegment } from '../../../../../shared/export/directory';
import type { Partner } from '../../../../../shared/records';
import { useSettings } from '../../settings/queries';
import { usePartnersFilters } from '../../partners/list/filters';
import { usePartnersList } from '../../partners/list-queries';
import { PrintPage } from './PrintPage';

/** The words under the business name: who chose these partners, and what to say. */
function introText(ownerName: string, businessName: string): string {
  const who = [ownerName, businessName].filter(Boolean).join(' at ');
  const chosen = who
    ? `Businesses ${who} knows, trusts and happily recommends.`
    : 'Businesses we know, trust and happily recommend.';
  return `${chosen} Tell them ${businessName || 'we'} sent you.`;
}

function Contact({ partner }: { partner: Partner }) {
  const details = [
    ['Phone', partner.phone],
    ['Email', partner.email],
    ['Website', partner.website],
    ['Address', partner.address],
  ].filter((entry): entry is [string, string] => Boolean(entry[1]));
  if (details.length === 0) return null;
  return (
    <dl className="directory__contact">
      {details.map(([label, value]) => (
        <div key={label} className="directory__contact-item">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * /print/partner-directory/:statuses — the handout for clients: the partners the Partners
 * list shows now (its filter box, category and tag), with the statuses in the address.
 */
export function DirectoryPrint({ params }: { params: { statuses?: string } }) {
  const statuses = useMemo(() => parseStatusesSegment(params.statuses), [params.statuses]);
  const filters = usePartnersFilters();
  const list = usePartnersList({ ...filters, status: '', query: filters.appliedQuery });
  const settings = useSettings();
  const locale = navigator.language;
  const groups = useMemo(
    () =>
      list &&
      directoryGroups(
        list.rows.map((row) => row.partner),
        statuses,
        locale,
      ),
    [list, statuses, locale],
  );
  const businessName = settings?.businessName ?? '';
  const today = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date());

  return (
    <PrintPage
      title={`${businessName || 'Handshake'} — partner directory`}
      fileName={`${businessName || 'Handshake'} partner directory.pdf`}
      back={{ href: '/partners', label: 'Back to Partners' }}
      printable={Boolean(groups && groups.length > 0)}
    >
      {!groups || !settings ? (
        <p aria-busy="true">Loading the directory…</p>
      ) : (
        <article className="directory">
          <header className="sheet-header">
            <p className="sheet-header__eyebrow">Trusted partners</p>
            <h1 className="sheet-header__title">{businessName || 'Our trusted partners'}</h1>
            <p className="sheet-header__intro">{introText(settings.ownerName, businessName)}</p>
          </header>
          {groups.length === 0 ? (
            <p className="sheet-empty">
              No partner to list: none of the partners shown on Partners has the statuses chosen. Go
              back and choose other statuses, or clear the filters.
            </p>
          ) : (
            groups.map((group) => (
              <section
                key={group.category}
                className={
                  group.startsPage
                    ? 'directory__group directory__group--new-page'
                    : 'directory__group'
                }
                aria-label={group.category}
              >
                <h2 className="directory__category">{group.category}</h2>
                <ul className="directory__partners">
                  {group.partners.map((partner) => (
                    <li key={partner.id} className="directory__partner">
                      <h3 className="directory__name">{partner.name}</h3>
                      {partner.recommendation && (
                        <p className="directory__recommendation">{partner.recommendation}</p>
                      )}
                      <Contact partner={partner} />
                    </li>
                  ))}
                </ul>
              </section>
            ))
          )}
          <footer className="sheet-footer">
            {[settings.ownerName, businessName].filter(Boolean).join(', ') || 'Handshake'} · {today}
          </footer>
        </article>
      )}
    </PrintPage>
  );
}
