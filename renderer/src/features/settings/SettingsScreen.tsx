import { PageHeader } from '../../ui/PageHeader';
import { Section } from '../../ui/Section';
import { BusinessProfileForm } from './BusinessProfileForm';
import { ThemeChoice } from './ThemeChoice';
import { useSettings } from './queries';
import { DataSection } from './DataSection';
import { NotificationsForm } from './NotificationsForm';
import { PreferencesForm } from './PreferencesForm';
import { TrashSection } from '../trash/TrashSection';
import { ReferralGuideForm } from '../referral-guide/ReferralGuideForm';

export function SettingsScreen() {
  const settings = useSettings();
  return (
    <>
      <PageHeader title="Settings" description="Your business, your preferences and your data." />
      <Section
        title="Business profile"
        description="Who you are and how Handshake counts money and weeks."
      >
        {settings ? <BusinessProfileForm settings={settings} /> : <p aria-busy="true">Loading…</p>}
      </Section>
      <Section title="Appearance">{settings && <ThemeChoice theme={settings.theme} />}</Section>
      <Section
        title="Referral guide"
        description="Teach partners how to refer you: a one-page guide you print and hand them."
      >
        {settings && <ReferralGuideForm guide={settings.referralGuide} />}
      </Section>
      <Section
        title="Preferences"
        description="How often to keep in touch, in days, with partners and champions who have no cadence of their own. Leave a box empty for no default."
      >
        {settings && <PreferencesForm cadenceDefaults={settings.cadenceDefaults} />}
      </Section>
      <Section
        title="Notifications"
        description="A weekly reminder of whom to thank and whom to see."
      >
        {settings && <NotificationsForm notifications={settings.notifications} />}
      </Section>
      <DataSection />
      <TrashSection />
    </>
  );
}
