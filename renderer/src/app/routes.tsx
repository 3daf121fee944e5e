import type { ComponentType } from 'react';
import { PartnerPage } from '../features/partners/PartnerPage';
import { PartnersScreen } from '../features/partners/PartnersScreen';
import { PeopleScreen } from '../features/people/PeopleScreen';
import { PersonPage } from '../features/people/PersonPage';
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
import { PlannedScreen } from '../ui/PlannedScreen';

/** Pages reached from a list or a link, not from the navigation. */
export const DETAIL_ROUTES: readonly {
  path: string;
  screen: ComponentType<{ params: { id: string } }>;
}[] = [
  { path: '/people/:id', screen: PersonPage },
  { path: '/partners/:id', screen: PartnerPage },
];

export interface AppRoute {
  path: string;
  label: string;
  icon: ComponentType;
  screen: ComponentType;
}

const planned = (title: string, description: string) => () => (
  <PlannedScreen title={title} description={description} />
);

/** The left navigation, in PRODUCT.md §5's order and words. This week is home. */
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
    screen: planned(
      'Referrals',
      'Every introduction, received and given, will be recorded here with its warmth, status and value.',
    ),
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
    screen: planned(
      'Insights',
      'Your champions, the value each source brings and how referrals flow month by month will be shown here.',
    ),
  },
  { path: '/settings', label: 'Settings', icon: SettingsIcon, screen: SettingsScreen },
];
