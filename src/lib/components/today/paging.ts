/** Today's lists show this many rows at first, and this many more per "Show more". */
export const FIRST = 12;
export const STEP = 50;
