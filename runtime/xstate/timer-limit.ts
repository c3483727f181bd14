// setTimeout's longest delay (about 24.8 days). A longer deadline's timer is armed for this long at
// a time: when it fires early, `deadlineMissed` records nothing and `armDeadline` waits again.
export const MAX_TIMER_DELAY = 2_147_483_647;
