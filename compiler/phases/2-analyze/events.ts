// The built-in route events and how they read in outputs. Any other event is a declared condition.
export const BUILTIN_EVENTS: Record<string, string> = {
  resolved: 'Resolved',
  unresolved: 'Not resolved',
  urgent: 'Urgent',
  non_urgent: 'Not urgent',
  decided: 'Decision made',
};
