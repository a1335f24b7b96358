import { useMantineTheme } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';

/**
 * True below the `sm` breakpoint (a phone): the width at which the navigation collapses behind the burger and
 * wide tables give way to cards. Read synchronously so the first render already has the right layout.
 */
export function useNarrowScreen(): boolean {
  const { breakpoints } = useMantineTheme();
  return !useMediaQuery(`(min-width: ${breakpoints.sm})`, true, { getInitialValueInEffect: false });
}
