import type { ComponentType } from 'react';
import { DirectoryPrint } from '../features/export/print/DirectoryPrint';
import { ReferralGuidePrint } from '../features/export/print/ReferralGuidePrint';
import { InsightsScreen } from '../features/insights/InsightsScreen';
import { PartnerPage } from '../features/partners/PartnerPage';
import { PartnersScreen } from '../features/partners/PartnersScreen';
import { PeopleScreen } from '../features/people/PeopleScreen';
import { PersonPage } from '../features/people/PersonPage';
import { ReferralsScreen } from '../features/referrals/ReferralsScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { ThisWeekScreen } from '../features/this-week/ThisWeekScreen';
import { TimelineScreen } from '../features/timeline/TimelineScreen';
import {
  ArrowsIcon,
  BuildingIcon,
  CalendarCheckIcon,
  ChartIcon,
  PeopleIcon,
  SettingsIcon,
  TimelineIcon,
} from '../ui/icons';

/** Pages reached from a list or a link, not from the navigation. */
export const DETAIL_ROUTES: readonly {
  path: string;
  screen: ComponentType<{ params: { id: string } }>;
}[] = [
  { path: '/people/:id', screen: PersonPage },
  { path: '/partners/:id', screen: PartnerPage },
];

/** Sheets shown as they print, without the navigation (App renders them outside the shell). */
export const PRINT_ROUTES: readonly {
  path: string;
  screen: ComponentType<{ params: Record<string, string | undefined> }>;
}[] = [
  { path: '/print/partner-directory/:statuses?', screen: DirectoryPrint },
  { path: '/print/referral-guide', screen: ReferralGuidePrint },
];

export interface AppRoute {
  path: string;
  label: string;
  icon: ComponentType;
  screen: ComponentType;
}

/** The left navigation, in the order and words of ARCHITECTURE.md → Words the interface uses. This week is home. */
export const ROUTES: readonly AppRoute[] = [
  {
    path: '/',
    label: 'This week',
    icon: CalendarCheckIcon,
    screen: ThisWeekScreen,
  },
  {
    path: '/people',
    label: 'People',
    icon: PeopleIcon,
    screen: PeopleScreen,
  },
  {
    path: '/partners',
    label: 'Partners',
    icon: BuildingIcon,
    screen: PartnersScreen,
  },
  {
    path: '/referrals',
    label: 'Referrals',
    icon: ArrowsIcon,
    screen: ReferralsScreen,
  },
  {
    path: '/timeline',
    label: 'Timeline',
    icon: TimelineIcon,
    screen: TimelineScreen,
  },
  {
    path: '/insights',
    label: 'Insights',
    icon: ChartIcon,
    screen: InsightsScreen,
  },
  { path: '/settings', label: 'Settings', icon: SettingsIcon, screen: SettingsScreen },
];
