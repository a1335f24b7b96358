/** A queue duration the way a controller says it: minutes, then hours and minutes, then days. */
export const age = (minutes: number) => (minutes < 60 ? `${minutes} min` : minutes < 48 * 60 ? `${Math.floor(minutes / 60)} h ${minutes % 60} min` : `${Math.floor(minutes / 1440)} days`);
