import type { ComponentType } from 'react';
import { SettingsScreen } from '../features/settings/SettingsScreen';
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
    screen: planned(
      'This week',
      'Whom to thank, whom to follow up and who is overdue this week will be listed here, with an action on each.',
    ),
  },
  {
    path: '/people',
    label: 'People',
    icon: PeopleIcon,
    screen: planned(
      'People',
      'Everyone you know — clients, prospects, partner contacts and friends — will be listed here, searchable and sortable.',
    ),
  },
  {
    path: '/partners',
    label: 'Partners',
    icon: BuildingIcon,
    screen: planned(
      'Partners',
      'The businesses that serve your customers will live here, with their status and the referrals you have given and received.',
    ),
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
    screen: planned(
      'Timeline',
      'Every handshake, call, thank-you and referral will appear here, newest first.',
    ),
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
