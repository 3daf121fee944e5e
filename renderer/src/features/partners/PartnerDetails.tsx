import type { Partner, PartnerInput, PartnerStatus } from '../../../../shared/records';
import { InlineEdit } from '../../ui/InlineEdit';
import { SelectEditor } from '../../ui/inline-editors';
import { CadenceInline, TagsInline, TextInline, enterSaves } from '../records/record-fields';
import { saveField } from '../records/save-field';
import { CategoryField } from './CategoryField';
import { updatePartner } from './commands';
import {
  MOTIVATION_HINT,
  RECOMMENDATION_HINT,
  STATUS_OPTIONS,
  partnerCadenceHint,
  statusLabel,
} from './partner-form';
import { useStatusCadence } from './queries';

/** Every Partner field, each shown as text and edited in place. */
export function PartnerDetails({ partner }: { partner: Partner }) {
  const statusCadence = useStatusCadence(partner.status);
  const save = (changes: Partial<PartnerInput>) =>
    saveField(() => updatePartner(partner.id, changes));

  return (
    <div className="details-grid">
      <TextInline label="Name" value={partner.name} required save={(name) => save({ name })} />
      <InlineEdit<string>
        label="Category"
        value={partner.category ?? ''}
        display={partner.category}
        save={(draft) => save({ category: draft.trim() === '' ? undefined : draft.trim() })}
        renderEditor={(editor) => (
          <CategoryField
            value={editor.draft}
            onChange={editor.setDraft}
            onChoose={(category) => editor.commit(category)}
            error={editor.error}
            autoFocus
            onKeyDown={enterSaves(() => editor.commit())}
          />
        )}
      />
      <InlineEdit<string>
        label="Status"
        value={partner.status}
        display={statusLabel(partner.status)}
        save={(draft) => save({ status: draft as PartnerStatus })}
        renderEditor={(editor) => <SelectEditor editor={editor} options={STATUS_OPTIONS} />}
      />
      <TextInline label="Website" value={partner.website} save={(website) => save({ website })} />
      <TextInline
        label="Email"
        type="email"
        value={partner.email}
        save={(email) => save({ email })}
      />
      <TextInline
        label="Phone"
        type="tel"
        value={partner.phone}
        save={(phone) => save({ phone })}
      />
      <TagsInline tags={partner.tags} save={(tags) => save({ tags })} />
      <CadenceInline
        days={partner.cadenceDays}
        hint={partnerCadenceHint(partner.status, statusCadence)}
        emptyText={
          statusCadence === undefined
            ? undefined
            : `Every ${statusCadence} days (the default for ${statusLabel(partner.status).toLowerCase()} partners)`
        }
        save={(cadenceDays) => save({ cadenceDays })}
      />
      <TextInline
        label="Address"
        value={partner.address}
        multiline
        save={(address) => save({ address })}
      />
      <TextInline
        label="What's in it for them"
        value={partner.whatsInItForThem}
        multiline
        hint={MOTIVATION_HINT}
        save={(whatsInItForThem) => save({ whatsInItForThem })}
      />
      <TextInline
        label="Why we recommend them"
        value={partner.recommendation}
        multiline
        hint={RECOMMENDATION_HINT}
        save={(recommendation) => save({ recommendation })}
      />
      <TextInline label="Notes" value={partner.notes} multiline save={(notes) => save({ notes })} />
    </div>
  );
}
