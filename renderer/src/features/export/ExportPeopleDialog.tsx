import { useState, type FormEvent } from 'react';
import { peopleToCsv } from '../../../../shared/export/csv';
import { toVCardFile } from '../../../../shared/export/vcard';
import { showError } from '../../app/errors';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { saveExport, type FileFormat } from './commands';
import { FormatChoice, type FormatOption } from './FormatChoice';
import { scopeSentence, usePeopleScope } from './scope';
import './export.css';

const NOUN = { one: 'person', many: 'people' };

const FORMATS: readonly FormatOption<FileFormat>[] = [
  {
    value: 'csv',
    label: 'CSV spreadsheet',
    hint: 'Every field, for Excel, LibreOffice or Google Sheets.',
  },
  {
    value: 'vcard',
    label: 'vCard contacts',
    hint: 'One card per person, for an address book or a phone.',
  },
];

/** Export people: the people the list shows now, as CSV or vCard. */
export function ExportPeopleDialog({ onClose }: { onClose: () => void }) {
  const scope = usePeopleScope();
  const [format, setFormat] = useState<FileFormat>('csv');
  const [busy, setBusy] = useState(false);
  const locale = navigator.language;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!scope || busy || scope.shown.length === 0) return;
    setBusy(true);
    try {
      const text =
        format === 'csv'
          ? peopleToCsv(scope.shown, { locale, partnerNames: scope.partnerNames })
          : toVCardFile(scope.shown);
      const count = scope.shown.length;
      const saved = await saveExport(
        'people',
        format,
        text,
        `${new Intl.NumberFormat(locale).format(count)} ${count === 1 ? NOUN.one : NOUN.many}`,
      );
      if (saved) onClose();
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  }

  const empty = scope !== undefined && scope.shown.length === 0;
  return (
    <Dialog
      title="Export people"
      description="Save the people you see on People as a file."
      onRequestClose={onClose}
      onSubmit={submit}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={!scope || empty || busy}>
            Export
          </Button>
        </>
      }
    >
      <div className="export-form">
        <FormatChoice options={FORMATS} value={format} onChange={setFormat} />
        <p className="export-scope" aria-live="polite">
          {!scope
            ? 'Counting people…'
            : empty
              ? 'No one is shown on People right now: clear the filters there to export everyone.'
              : scopeSentence(scope.shown.length, scope.filtered, NOUN, locale)}
        </p>
      </div>
    </Dialog>
  );
}
