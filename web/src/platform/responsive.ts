import { useMantineTheme, type MantineBreakpoint } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';

/**
 * True below `breakpoint` (default `sm`, a phone: where the navigation collapses behind the burger). Wide tables
 * give way to cards below the width they need — `md` for one that must sit beside the open navigation on a tablet.
 * Read synchronously, so the first render already has the right layout.
 */
export function useNarrowScreen(breakpoint: MantineBreakpoint = 'sm'): boolean {
  const { breakpoints } = useMantineTheme();
  return !useMediaQuery(`(min-width: ${breakpoints[breakpoint]})`, true, { getInitialValueInEffect: false });
}
