/**
 * Hours are stored with two decimals (`numeric(…, 2)`): sums and ratios of hours are worked out in
 * hundredths, whole numbers, so they stay exact (0.1 + 0.2 hours is 30 hundredths, not 0.30000000000000004).
 */

/** `hours` in hundredths of an hour, rounded to the nearest. */
export const toHundredths = (hours: number): number => Math.round(hours * 100);

/** Hundredths of an hour back in hours. */
export const fromHundredths = (hundredths: number): number => hundredths / 100;
