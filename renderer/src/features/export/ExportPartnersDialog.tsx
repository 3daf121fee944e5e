import { useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { partnersToCsv } from '../../../../shared/export/csv';
import { DEFAULT_DIRECTORY_STATUSES, statusesSegment } from '../../../../shared/export/directory';
import { toVCardFile } from '../../../../shared/export/vcard';
import { PARTNER_STATUSES, type PartnerStatus } from '../../../../shared/records';
import { showError } from '../../app/errors';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { statusLabel } from '../partners/partner-form';
import { useSettings } from '../settings/queries';
import { saveExport, type FileFormat } from './commands';
import { FormatChoice, type FormatOption } from './FormatChoice';
import { scopeSentence, usePartnersScope } from './scope';
import './export.css';

type PartnerFormat = FileFormat | 'directory';

const NOUN = { one: 'partner', many: 'partners' };

const FORMATS: readonly FormatOption<PartnerFormat>[] = [
  {
    value: 'csv',
    label: 'CSV spreadsheet',
    hint: 'Every field and the referrals both ways, for Excel, LibreOffice or Google Sheets.',
  },
  {
    value: 'vcard',
    label: 'vCard contacts',
    hint: 'One business card per partner, for an address book or a phone.',
  },
  {
    value: 'directory',
    label: 'Partner directory (PDF)',
    hint: 'A handout for clients: your partners by category, with why you recommend them.',
  },
];

const count = (n: number, locale: string) =>
  `${new Intl.NumberFormat(locale).format(n)} ${n === 1 ? NOUN.one : NOUN.many}`;

/**
 * Export partners: the partners the list shows now, as CSV or vCard, or the printable
 * directory of those with the statuses ticked (active by default).
 */
export function ExportPartnersDialog({ onClose }: { onClose: () => void }) {
  const [, navigate] = useLocation();
  const scope = usePartnersScope();
  const currency = useSettings()?.currency;
  const [format, setFormat] = useState<PartnerFormat>('csv');
  const [statuses, setStatuses] = useState<PartnerStatus[] | undefined>();
  const [busy, setBusy] = useState(false);
  const locale = navigator.language;

  // The directory starts from the list's status filter when there is one, else active.
  const chosen =
    statuses ?? (scope?.listStatus ? [scope.listStatus] : [...DEFAULT_DIRECTORY_STATUSES]);
  const directory = format === 'directory';
  const listed = scope?.anyStatus.filter((partner) => chosen.includes(partner.status)) ?? [];
  // CSV waits for the referral counts and the currency its won values are written in.
  const ready =
    scope !== undefined &&
    (directory || format === 'vcard' || (!!scope.reciprocity && currency !== undefined));
  const empty = directory ? listed.length === 0 : scope?.shown.length === 0;

  function toggle(status: PartnerStatus, on: boolean) {
    setStatuses(on ? [...chosen, status] : chosen.filter((value) => value !== status));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!scope || !ready || empty || busy) return;
    if (directory) {
      onClose();
      navigate(`/print/partner-directory/${statusesSegment(chosen)}`);
      return;
    }
    let text: string;
    if (format === 'vcard') text = toVCardFile([], scope.shown);
    else if (currency && scope.reciprocity) {
      text = partnersToCsv(scope.shown, { locale, currency, reciprocity: scope.reciprocity });
    } else return; // Not ready: the button stays disabled until both are known.
    setBusy(true);
    try {
      if (await saveExport('partners', format, text, count(scope.shown.length, locale))) {
        onClose();
      }
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  }

  let scopeText: string;
  if (!scope) scopeText = 'Counting partners…';
  else if (directory) {
    scopeText =
      listed.length === 0
        ? 'No partner shown on Partners has the statuses ticked.'
        : `The directory lists ${count(listed.length, locale)}${scope.anyStatus.length !== scope.total ? ' that match the filters on Partners' : ''}, grouped by category.`;
  } else if (scope.shown.length === 0) {
    scopeText = 'No partner is shown on Partners right now: clear the filters there to export all.';
  } else if (!ready) scopeText = 'Counting referrals…';
  else scopeText = scopeSentence(scope.shown.length, scope.filtered, NOUN, locale);

  return (
    <Dialog
      title="Export partners"
      description="Save the partners you see on Partners as a file, or print a directory for clients."
      onRequestClose={onClose}
      onSubmit={submit}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={!ready || empty || busy}>
            {directory ? 'Preview directory' : 'Export'}
          </Button>
        </>
      }
    >
      <div className="export-form">
        <FormatChoice options={FORMATS} value={format} onChange={setFormat} />
        {directory && (
          <fieldset className="status-choice">
            <legend className="field__label">Statuses to include</legend>
            <div className="status-choice__options">
              {PARTNER_STATUSES.map((status) => (
                <label key={status} className="choice">
                  <input
                    type="checkbox"
                    checked={chosen.includes(status)}
                    onChange={(event) => toggle(status, event.target.checked)}
                  />
                  {statusLabel(status)}
                </label>
              ))}
            </div>
          </fieldset>
        )}
        <p className="export-scope" aria-live="polite">
          {scopeText}
        </p>
      </div>
    </Dialog>
  );
}
