// The routes the simulator tests walk through each seed protocol, with the due dates the CLI gives
// for them. Every string was taken from `npx stepladder simulate protocols/<id>.protocol --start
// 2026-12-18T16:30 [--condition …] [--event …]` (England); the unit and the browser tests both
// check the simulator against these, so the site and the CLI cannot drift apart.

export const START = '2026-12-18T16:30';
export const START_TEXT = 'Fri 18 Dec 2026 16:30';

export interface ExpectedStage {
  /** The active state after the steps before it. */
  readonly state: string;
  /** "Tue 22 Dec 2026 17:00", or null where the protocol states no timescale. */
  readonly due: string | null;
  /** The event taken from it. */
  readonly event: string;
}

export interface ExpectedRoute {
  readonly name: string;
  readonly protocol: string;
  readonly conditions: readonly string[];
  readonly stages: readonly ExpectedStage[];
  readonly end: { readonly title: string; readonly at: string };
}

export const ROUTES: readonly ExpectedRoute[] = [
  {
    name: 'sefton: not resolved to the end',
    protocol: 'sefton',
    conditions: [],
    stages: [
      { state: 'step1', due: 'Tue 22 Dec 2026 17:00', event: 'unresolved' },
      { state: 'step2', due: 'Thu 24 Dec 2026 17:00', event: 'unresolved' },
      { state: 'step3', due: 'Wed 30 Dec 2026 17:00', event: 'unresolved' },
      { state: 'step4', due: 'Thu 7 Jan 2027 17:00', event: 'decided' },
    ],
    end: { title: 'Final and binding decision', at: 'Thu 7 Jan 2027 17:00' },
  },
  {
    name: 'lincolnshire: not resolved, not urgent',
    protocol: 'lincolnshire',
    conditions: [],
    stages: [
      { state: 'step1', due: 'Tue 22 Dec 2026 17:00', event: 'unresolved' },
      { state: 'step2', due: 'Thu 31 Dec 2026 17:00', event: 'unresolved' },
      { state: 'step3', due: 'Tue 5 Jan 2027 17:00', event: 'non_urgent' },
      { state: 'step4_learning', due: null, event: 'decided' },
    ],
    end: { title: 'Learning referred to the PPET sub group', at: 'Tue 5 Jan 2027 17:00' },
  },
  {
    name: 'lincolnshire: the urgent route',
    protocol: 'lincolnshire',
    conditions: [],
    stages: [
      { state: 'step1', due: 'Tue 22 Dec 2026 17:00', event: 'unresolved' },
      { state: 'step2', due: 'Thu 31 Dec 2026 17:00', event: 'unresolved' },
      { state: 'step3', due: 'Tue 5 Jan 2027 17:00', event: 'urgent' },
      { state: 'step4_urgent', due: 'Wed 6 Jan 2027 17:00', event: 'resolved' },
    ],
    end: { title: 'Resolution agreed and recorded at the chaired meeting', at: 'Wed 6 Jan 2027 17:00' },
  },
  {
    name: 'cumberland: not resolved to the end',
    protocol: 'cumberland',
    conditions: [],
    stages: [
      { state: 'level1', due: null, event: 'unresolved' },
      { state: 'level2', due: null, event: 'unresolved' },
      { state: 'level3', due: null, event: 'unresolved' },
      { state: 'stage2', due: null, event: 'unresolved' },
      { state: 'stage3', due: 'Thu 31 Dec 2026 17:00', event: 'decided' },
    ],
    end: { title: 'Final decision by an impartial CSCP member', at: 'Thu 31 Dec 2026 17:00' },
  },
  {
    name: 'cumberland: child protection (24 hours)',
    protocol: 'cumberland',
    conditions: ['child_protection'],
    stages: [
      { state: 'level1', due: null, event: 'unresolved' },
      { state: 'level2', due: null, event: 'unresolved' },
      { state: 'level3', due: null, event: 'unresolved' },
      { state: 'stage2', due: null, event: 'unresolved' },
      { state: 'stage3', due: 'Sat 19 Dec 2026 16:30', event: 'decided' },
    ],
    end: { title: 'Final decision by an impartial CSCP member', at: 'Sat 19 Dec 2026 16:30' },
  },
  {
    name: 'warwickshire: not resolved to the end',
    protocol: 'warwickshire',
    conditions: [],
    stages: [
      { state: 'preventing', due: null, event: 'unresolved' },
      { state: 'stage_one', due: null, event: 'unresolved' },
      { state: 'stage_two', due: null, event: 'unresolved' },
      { state: 'stage_three', due: null, event: 'resolved' },
    ],
    end: { title: 'Agreement reached', at: 'Fri 18 Dec 2026 16:30' },
  },
  {
    name: 'generic-lscb: not resolved to the end',
    protocol: 'generic-lscb',
    conditions: [],
    stages: [
      { state: 'lowest_level', due: null, event: 'unresolved' },
      { state: 'resolution_panel', due: null, event: 'decided' },
    ],
    end: { title: 'Decision of the Resolution Panel', at: 'Fri 18 Dec 2026 16:30' },
  },
];
