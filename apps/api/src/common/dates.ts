/** Today's date in UTC as YYYY-MM-DD: what "in force today" and dated file names mean on every replica. */
export const todayUtc = (): string => new Date().toISOString().slice(0, 10);
