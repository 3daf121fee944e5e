import { PageHeader } from '../../ui/PageHeader';
import { Section } from '../../ui/Section';
import { BusinessProfileForm } from './BusinessProfileForm';
import { ThemeChoice } from './ThemeChoice';
import { useSettings } from './queries';
import { DataSection } from './DataSection';
import { TrashSection } from '../trash/TrashSection';

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
        description="Here you will describe your ideal client, what you do in plain words, the phrases that signal a need and what happens after a referral — and print it as a one-page guide for partners."
      />
      <Section
        title="Preferences"
        description="Here you will set the default keep-in-touch cadences for partners and champions."
      />
      <Section
        title="Notifications"
        description="Here you will choose the day and time of your weekly reminder of whom to thank and whom to see."
      />
      <DataSection />
      <TrashSection />
    </>
  );
}
